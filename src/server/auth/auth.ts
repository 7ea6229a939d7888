/**
 * Staff logins (issue 15, "Accounts and access"): server-side sessions whose ids only the cookie
 * carries, a lock after repeated failures, and the helpers other routes use to ask who is
 * logged in. Sessions and failures live in the store, so two servers share them. The reasons are
 * in ../README.md ("Sessions: server-side, with hashed ids" and "Logins and the lock").
 *
 *   const auth = createAuth({ store, publicOrigin: 'https://kanalguide.example' });
 *   await app.register(authRoutes, { auth });
 *   app.get('/api/x', { preHandler: auth.requireRole('manager') }, async (request) => auth.sessionOf(request));
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import * as v from 'valibot';
import { LoginRequestSchema, type SessionResponse } from '../../model/staff-api.js';
import type { StaffRole } from '../../model/vocabulary.js';
import type { EventStore, StaffSession } from '../storage/event-store.js';
import { clearedSessionCookie, isSameOrigin, sessionCookie, sessionIdFrom } from './http-security.js';
import { verifyPassword } from './passwords.js';

export interface AuthOptions {
  store: EventStore;
  /** The origin the staff pages are served from, e.g. https://kanalguide.example (PUBLIC_ORIGIN). */
  publicOrigin: string;
  /** Failed logins within `failureWindowMs` that lock the username; 10 by default. */
  maxFailures?: number;
  /** The window the failures are counted in; 15 minutes by default. */
  failureWindowMs?: number;
  /** How long a lock lasts from the failure that set it; 15 minutes by default. */
  lockMs?: number;
  /** How long a session lasts from login; 12 hours (a working day with a late shift) by default. */
  sessionTtlMs?: number;
  /** The clock; tests move it. */
  now?: () => Date;
}

export interface Auth {
  /** The logged-in staff member of this request, or null; looked up once per request. */
  sessionOf(request: FastifyRequest): Promise<StaffSession | null>;
  /** A preHandler: 401 without a session, 403 when the role is not among `roles`. */
  requireRole(...roles: StaffRole[]): preHandlerAsyncHookHandler;
  /** A preHandler for state-changing routes: 403 unless the request comes from the public origin. */
  requireSameOrigin: preHandlerAsyncHookHandler;
  readonly options: Required<AuthOptions>;
}

const MINUTE = 60_000;

export function createAuth(options: AuthOptions): Auth {
  const resolved: Required<AuthOptions> = {
    maxFailures: 10,
    failureWindowMs: 15 * MINUTE,
    lockMs: 15 * MINUTE,
    sessionTtlMs: 12 * 60 * MINUTE,
    now: () => new Date(),
    ...options,
    // `new URL` writes the origin the way browsers send it (lower-case host, no default port).
    publicOrigin: new URL(options.publicOrigin).origin,
  };
  const looked = new WeakMap<FastifyRequest, Promise<StaffSession | null>>();

  const sessionOf = (request: FastifyRequest): Promise<StaffSession | null> => {
    let session = looked.get(request);
    if (!session) {
      const id = sessionIdFrom(request.headers);
      session = id === null ? Promise.resolve(null) : resolved.store.findSession(id, resolved.now());
      looked.set(request, session);
    }
    return session;
  };

  return {
    sessionOf,
    options: resolved,
    requireRole:
      (...roles) =>
      async (request, reply) => {
        const session = await sessionOf(request);
        if (!session) return reply.code(401).send({ error: 'log in first' });
        if (!roles.includes(session.user.role)) return reply.code(403).send({ error: `a ${session.user.role} may not do this` });
      },
    requireSameOrigin: async (request, reply) => {
      if (!isSameOrigin(request.headers, resolved.publicOrigin)) return reply.code(403).send({ error: `refused: the request does not come from ${resolved.publicOrigin}` });
    },
  };
}

/** The login body is tiny; a bigger one is refused before it is parsed. */
const LOGIN_BODY_LIMIT = 4096;

/**
 * POST /api/login, POST /api/logout, GET /api/session. Register with `{ auth }` from createAuth;
 * other plugins take the same `auth` for their own checks.
 */
export const authRoutes: FastifyPluginAsync<{ auth: Auth }> = async (app, { auth }) => {
  const { store, maxFailures, failureWindowMs, lockMs, sessionTtlMs, now } = auth.options;

  /**
   * When the username's lock ends, or null when it is not locked. Attempts while locked are not
   * recorded, so when the latest `maxFailures` failures fit in the window, the newest of them is
   * the one that set the lock, and the lock lasts `lockMs` from it.
   */
  async function lockedUntil(username: string, at: Date): Promise<Date | null> {
    const latest = await store.latestLoginFailures(username, maxFailures);
    if (latest.length < maxFailures) return null;
    const newest = latest[0]!.getTime();
    if (newest - latest.at(-1)!.getTime() > failureWindowMs) return null;
    return newest + lockMs > at.getTime() ? new Date(newest + lockMs) : null;
  }

  app.post('/api/login', { preHandler: auth.requireSameOrigin, bodyLimit: LOGIN_BODY_LIMIT }, async (request, reply) => {
    const body = v.safeParse(LoginRequestSchema, request.body);
    if (!body.success) return reply.code(400).send({ error: body.issues[0].message });
    const { username, password } = body.output;
    const at = now();

    // Checked before the password, and a refused attempt is not recorded: a locked account
    // answers 429 even to the right password, and hammering it does not extend the lock.
    const until = await lockedUntil(username, at);
    if (until) return locked(reply, until.getTime() - at.getTime());

    const found = await store.findUser(username);
    const matches = await verifyPassword(found?.passwordHash ?? null, password);
    if (!found || !matches) {
      await store.recordLoginFailure(username, at);
      return reply.code(401).send({ error: 'wrong username or password' });
    }

    await store.clearLoginFailures(username);
    // Expired sessions are removed at each login: the table stays small without a timer.
    await store.deleteExpiredSessions(at);
    const id = await store.createSession(found.user.id, new Date(at.getTime() + sessionTtlMs));
    return reply
      .code(204)
      .header('set-cookie', sessionCookie(id, Math.floor(sessionTtlMs / 1000)))
      .send();
  });

  app.post<{ Querystring: { all?: unknown } }>('/api/logout', { preHandler: auth.requireSameOrigin }, async (request, reply) => {
    const session = await auth.sessionOf(request);
    const id = sessionIdFrom(request.headers);
    if (session && request.query.all === '1') await store.deleteSessionsOf(session.user.id);
    else if (id !== null) await store.deleteSession(id);
    return reply.code(204).header('set-cookie', clearedSessionCookie()).send();
  });

  app.get('/api/session', async (request, reply) => {
    const session = await auth.sessionOf(request);
    if (!session) return reply.code(401).send({ error: 'not logged in' });
    const body: SessionResponse = { username: session.user.username, role: session.user.role, municipality: session.user.municipality };
    return reply.header('cache-control', 'no-store').send(body);
  });
};

function locked(reply: FastifyReply, remainingMs: number) {
  return reply
    .code(429)
    .header('retry-after', String(Math.ceil(remainingMs / 1000)))
    .send({ error: 'too many failed logins: the account is locked for a while; try again later or ask for a password reset' });
}
