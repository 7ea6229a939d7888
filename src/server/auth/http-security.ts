/**
 * The session cookie and the cross-site check (ECOSYSTEM.md, "session cookie and CSRF"): a few
 * lines instead of @fastify/cookie and a CSRF token plugin, because a `__Host-` cookie with
 * SameSite=Strict plus an Origin / Sec-Fetch-Site check on every state-changing request is the
 * whole defence, and it needs no token in the pages.
 */
import type { IncomingHttpHeaders } from 'node:http';

/**
 * `__Host-`: the browser accepts the cookie only with Secure, Path=/ and no Domain, so no other
 * host (a sibling subdomain included) can set or overwrite it.
 */
export const SESSION_COOKIE = '__Host-kanalguide';

export function sessionCookie(sessionId: string, maxAgeSeconds: number): string {
  return `${SESSION_COOKIE}=${sessionId}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; Secure; SameSite=Strict`;
}

/** Tells the browser to drop the cookie (logout, or a session the store no longer knows). */
export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict`;
}

/** The session id from a Cookie header, or null. Only the first cookie of that name counts. */
export function sessionIdFrom(headers: IncomingHttpHeaders): string | null {
  for (const part of (headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    // The store makes base64url ids; anything else was never ours and is not looked up.
    return /^[A-Za-z0-9_-]{1,128}$/.test(value) ? value : null;
  }
  return null;
}

/**
 * Whether a state-changing request comes from the server's own pages. A browser sends `Origin`
 * with every POST and (all current ones) `Sec-Fetch-Site`; a request with neither is refused, as
 * is one that names another origin or a sibling site (SameSite=Strict treats a subdomain as the
 * same site, so the cookie alone does not stop it).
 */
export function isSameOrigin(headers: IncomingHttpHeaders, publicOrigin: string): boolean {
  const origin = single(headers.origin);
  const site = single(headers['sec-fetch-site']);
  if (origin !== undefined) return origin === publicOrigin && (site === undefined || site === 'same-origin');
  return site === 'same-origin';
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(',') : value);
