/**
 * `POST /api/events`, the routing log's collector (issue 15): one event or up to 100, as
 * application/json or as the text/plain body navigator.sendBeacon sends; validated whole with
 * the model's schema (every error names the event and the field), all or nothing, and `202`
 * only once the store has committed (requests arriving together share one commit:
 * group-commit.ts). Nothing that identifies the sender is read into an event:
 * not the address (the limiter keys on a salted hash of it, kept in memory only), not the user
 * agent, not a cookie.
 */
import { createHash, randomBytes } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { type KnownIds, type LogEvent, validateLogEvents } from '../../model/log-event.js';
import type { EventStore } from '../storage/event-store.js';
import { groupCommit, type GroupCommitOptions } from './group-commit.js';

/** What the collector needs of a municipality's configuration. */
export interface MunicipalityAccess {
  /** Sites that may post this municipality's events (scheme and host). */
  origins: readonly string[];
  /** Whether the redacted words of searches that found nothing are stored. */
  logNotFoundWords: boolean;
}

export interface RateLimit {
  /** Requests one client may make per window. */
  max: number;
  windowMs: number;
}

export interface CollectorOptions {
  store: EventStore;
  known: KnownIds;
  municipalities: ReadonlyMap<string, MunicipalityAccess>;
  clock: () => Date;
  /** The server's own origin, always allowed: where its demo pages are. */
  ownOrigin: (request: FastifyRequest) => string;
  /** Take requests without an Origin header (benchmarks and tools, never browsers). */
  allowNoOrigin: boolean;
  rateLimit: RateLimit;
  groupCommit: GroupCommitOptions;
}

/** 100 events of the largest kind are about 45 KB; a bigger body is not a batch from the widget. */
export const MAX_BODY_BYTES = 64 * 1024;

const errors = (reply: FastifyReply, status: number, list: string[]) => reply.code(status).send({ errors: list });

/** The notFound event without its words, for a municipality that did not opt in. */
function withoutWords(event: LogEvent): LogEvent {
  if (event.type !== 'notFound' || event.words === undefined) return event;
  const { words: _words, ...rest } = event;
  return rest;
}

export const collector: FastifyPluginAsync<CollectorOptions> = async (app, options) => {
  const { store, known, municipalities, clock, ownOrigin, allowNoOrigin } = options;
  const commits = groupCommit(store, options.groupCommit);
  const listed = new Set([...municipalities.values()].flatMap((m) => m.origins));

  // The limiter's key is the address hashed with a secret made at start, so its memory holds no
  // address; behind a trusted proxy request.ip is the client's, else the socket's.
  const salt = randomBytes(16);
  const hashed = (ip: string) => createHash('sha256').update(salt).update(ip).digest('base64url');
  // A keep-alive connection's requests share their key: hashing it once per connection rather
  // than per request spared the collector 2–3 % of its time (README, "The collector over HTTP").
  // Only the hash is kept, beside the socket that holds the address anyway, and only when the key
  // is the socket's own address: a proxy's connection carries many clients (request.ip differs).
  const keyOfSocket = new WeakMap<object, string>();
  const limiterKey = (request: FastifyRequest): string => {
    const socket = request.raw.socket;
    if (request.ip !== socket.remoteAddress) return hashed(request.ip);
    let key = keyOfSocket.get(socket);
    if (key === undefined) {
      key = hashed(request.ip);
      keyOfSocket.set(socket, key);
    }
    return key;
  };
  await app.register(rateLimit, {
    max: options.rateLimit.max,
    timeWindow: options.rateLimit.windowMs,
    keyGenerator: limiterKey,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      errors: [`too many requests from this client; try again in ${Math.ceil(context.ttl / 1000)} s`],
    }),
  });

  // The body is JSON whichever of the two types it is sent as; sendBeacon can only send text/plain
  // without a preflight, and a preflight is what keepalive requests on page hide cannot wait for.
  app.addContentTypeParser('text/plain', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status === 429) return reply.code(429).send({ errors: (error as unknown as { errors: string[] }).errors });
    if (status < 500) {
      const message = status === 413 ? `the body is larger than ${MAX_BODY_BYTES} bytes` : status === 415 ? 'send application/json or text/plain' : `the body is not JSON (${error.message})`;
      return errors(reply, status, [`events: ${message}`]);
    }
    request.log.error({ err: error }, 'the events could not be stored');
    return errors(reply, 500, ['the events were not stored; send them again']);
  });

  /**
   * Cookies are not ours to read here (the widget sends none) and are dropped before any hook;
   * then the Origin: the server's own, or one some municipality lists. Which municipality's list
   * applies is known only from the events, so the handler checks that after validation.
   */
  app.addHook('onRequest', async (request, reply) => {
    delete request.headers.cookie;
    reply.header('Vary', 'Origin');
    const origin = request.headers.origin;
    if (origin === undefined) {
      if (!allowNoOrigin) return errors(reply, 403, ['Origin: a request without an Origin header is refused']);
      return;
    }
    if (origin !== ownOrigin(request) && !listed.has(origin)) return errors(reply, 403, [`Origin: ${origin} may not post events`]);
    reply.header('Access-Control-Allow-Origin', origin);
  });

  app.options('/events', (_request, reply) =>
    reply
      .code(204)
      .header('Access-Control-Allow-Methods', 'POST')
      .header('Access-Control-Allow-Headers', 'Content-Type')
      // Chromium caps this at 2 hours.
      .header('Access-Control-Max-Age', '7200')
      .send(),
  );

  app.post('/events', { bodyLimit: MAX_BODY_BYTES }, async (request, reply) => {
    const now = clock();
    const checked = validateLogEvents(request.body, known, now);
    if (!checked.ok) return errors(reply, 400, checked.errors);
    const origin = request.headers.origin;
    const access = (slug: string) => municipalities.get(slug)!;
    if (origin !== undefined && origin !== ownOrigin(request)) {
      const refused = checked.events.flatMap((event, index) =>
        access(event.municipality).origins.includes(origin) ? [] : [`events[${index}].municipality: ${origin} may not post events of ${event.municipality}`],
      );
      if (refused.length) return errors(reply, 403, refused);
    }
    const events = checked.events.map((event) => (access(event.municipality).logNotFoundWords ? event : withoutWords(event)));
    // Answered after the commit of this request's group, with this request's own counts.
    const { accepted, duplicates } = await commits.submit(events, now);
    return reply.code(202).send({ accepted, duplicates });
  });
};
