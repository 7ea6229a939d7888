/**
 * The staff pages' only way to the server: the staff API over HTTP, each answer checked against
 * the contract in src/model before a page sees it. Failures are typed so pages can say in words
 * what went wrong: not logged in, not allowed, refused input, or no server.
 */
import * as v from 'valibot';
import { type SessionResponse, SessionResponseSchema } from '../../model/staff-api.js';
import { type StatsFilters, StatsFiltersSchema, type StatsInterval, type StatsResponse, StatsResponseSchema } from '../../model/stats-api.js';
import type { Intent } from '../../model/vocabulary.js';

export type ApiFailure = { kind: 'unauthenticated' } | { kind: 'forbidden'; message: string } | { kind: 'invalid'; messages: string[] } | { kind: 'server'; message: string };

/** A failed call; `failure` says which kind, for the page to put in words. */
export class ApiError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.kind === 'invalid' ? failure.messages.join('; ') : 'message' in failure ? failure.message : failure.kind);
    this.name = 'ApiError';
  }
}

/** What a statistics request asks for: the query string of /api/stats and /api/export.csv. */
export interface StatsRequest {
  municipality: string;
  from: string;
  to: string;
  interval?: StatsInterval;
  topic?: string | undefined;
  intent?: Intent | undefined;
}

export function statsQueryString(request: StatsRequest): string {
  const params = new URLSearchParams({ municipality: request.municipality, from: request.from, to: request.to });
  if (request.interval) params.set('interval', request.interval);
  if (request.topic) params.set('topic', request.topic);
  if (request.intent) params.set('intent', request.intent);
  return params.toString();
}

/** The CSV download of the same filter (the browser follows the link with the session cookie). */
export function exportHref(request: StatsRequest): string {
  const { interval: _interval, ...filter } = request;
  return `/api/export.csv?${statsQueryString(filter)}`;
}

async function send(path: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { credentials: 'same-origin', ...init });
  } catch (e) {
    throw new ApiError({ kind: 'server', message: e instanceof Error ? e.message : String(e) });
  }
}

const ErrorBodySchema = v.object({ error: v.string() });
const InvalidBodySchema = v.object({ errors: v.array(v.object({ parameter: v.string(), message: v.string() })) });

async function failureOf(response: Response): Promise<ApiFailure> {
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 401) return { kind: 'unauthenticated' };
  const error = v.is(ErrorBodySchema, body) ? body.error : `HTTP ${response.status}`;
  if (response.status === 403) return { kind: 'forbidden', message: error };
  if (response.status === 400 && v.is(InvalidBodySchema, body)) return { kind: 'invalid', messages: body.errors.map((e) => `${e.parameter}: ${e.message}`) };
  return { kind: 'server', message: error };
}

async function getJson<T>(path: string, schema: v.GenericSchema<unknown, T>, signal?: AbortSignal): Promise<T> {
  const response = await send(path, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  if (!response.ok) throw new ApiError(await failureOf(response));
  const parsed = v.safeParse(schema, await response.json().catch(() => null));
  if (!parsed.success) throw new ApiError({ kind: 'server', message: `the server's answer to ${path.split('?')[0]} does not match the contract: ${parsed.issues[0].message}` });
  return parsed.output;
}

/** Who is logged in, or null for nobody. */
export async function currentSession(): Promise<SessionResponse | null> {
  try {
    return await getJson('/api/session', SessionResponseSchema);
  } catch (e) {
    if (e instanceof ApiError && e.failure.kind === 'unauthenticated') return null;
    throw e;
  }
}

export type LoginResult =
  { ok: true } | { ok: false; reason: 'wrong' } | { ok: false; reason: 'locked'; minutes: number | null } | { ok: false; reason: 'refused'; message: string } | { ok: false; reason: 'server' };

export async function login(username: string, password: string): Promise<LoginResult> {
  let response: Response;
  try {
    response = await send('/api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  } catch {
    return { ok: false, reason: 'server' };
  }
  if (response.status === 204) return { ok: true };
  if (response.status === 401) return { ok: false, reason: 'wrong' };
  if (response.status === 429) {
    const seconds = Number(response.headers.get('retry-after'));
    return { ok: false, reason: 'locked', minutes: Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : null };
  }
  if (response.status === 400 || response.status === 403) {
    const failure = await failureOf(response);
    return { ok: false, reason: 'refused', message: 'message' in failure ? failure.message : failure.kind };
  }
  return { ok: false, reason: 'server' };
}

export async function logout(): Promise<void> {
  const response = await send('/api/logout', { method: 'POST' });
  if (!response.ok) throw new ApiError(await failureOf(response));
}

export function fetchStats(request: StatsRequest, signal?: AbortSignal): Promise<StatsResponse> {
  return getJson(`/api/stats?${statsQueryString(request)}`, StatsResponseSchema, signal);
}

export function fetchFilters(): Promise<StatsFilters> {
  return getJson('/api/stats/filters', StatsFiltersSchema);
}
