/**
 * The server as a fastify instance, testable with `app.inject` and no port: the collector under
 * /api, the widget's files and (with `npm start`) the demo pages, and the place where the staff
 * parts plug in. `main.ts` reads the environment and listens; tests build it with their own store
 * and clock.
 */
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import type { ContentBundle } from '../model/content-bundle.js';
import { collector, type MunicipalityAccess, type RateLimit } from './collect/collector.js';
import { DEFAULT_GROUP_COMMIT, type GroupCommitOptions } from './collect/group-commit.js';
import { CONNECTIONS_CHECKING_INTERVAL_MS, type ConnectionLimits, DEFAULT_CONNECTION_LIMITS, shedIdleConnections } from './connections.js';
import { CSP, type PagesOptions, staticFiles } from './pages/static-files.js';
import type { EventStore } from './storage/event-store.js';

export interface AppOptions {
  store: EventStore;
  /** Every topic id the built content knows; an event naming another is refused. */
  topics: ReadonlySet<string>;
  /** Every municipality the built content knows, by slug, with what the collector needs of it. */
  municipalities: ReadonlyMap<string, MunicipalityAccess>;
  /** The server's clock: events more than 24 h from it are refused; stored beside each event. */
  clock?: () => Date;
  /**
   * The origin citizens reach this server at (`https://kanalguide.example`), always allowed to
   * post events. Unset, it is the request's own scheme and Host (forwarded ones with trustProxy).
   */
  publicOrigin?: string;
  /** Behind a TLS proxy: believe its X-Forwarded-* headers (fastify's `trustProxy`). */
  trustProxy?: boolean | string;
  rateLimit?: RateLimit;
  /** How the collector gathers requests into one commit (collect/group-commit.ts). */
  groupCommit?: GroupCommitOptions;
  /** Take events without an Origin header (KANALGUIDE_ALLOW_NO_ORIGIN=1, for benchmarks). */
  allowNoOrigin?: boolean;
  /** Serve the widget's files, and the demo pages with `demo: true`; unset, only the API. */
  pages?: PagesOptions;
  connectionLimits?: ConnectionLimits;
  /** Request logs as JSON lines: method, path, status and time, never address or user agent. */
  log?: Writable;
  /**
   * The staff parts (auth, statistics, export) as fastify plugins, each in its own encapsulated
   * context after the collector; their routes carry their whole paths (/api/login, /api/stats).
   */
  plugins?: FastifyPluginAsync[];
}

/** 600 requests a minute per client: a citizen sends a few; an office behind one address, many. */
export const DEFAULT_RATE_LIMIT: RateLimit = { max: 600, windowMs: 60_000 };

/** The collector's view of the built content. */
export function contentAccess(content: ContentBundle): Pick<AppOptions, 'topics' | 'municipalities'> {
  return {
    topics: new Set(Object.keys(content.topics)),
    municipalities: new Map(Object.values(content.municipalities).map((m) => [m.slug, { origins: m.origins, logNotFoundWords: m.logNotFoundWords }])),
  };
}

/**
 * One log line per request, when it is answered, with method, path, status and time: fastify's
 * own two (one on arrival, one on the answer) cost the collector a twentieth of its time per
 * request for no more than this says.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    const line = { req: request, res: reply, responseTime: reply.elapsedTime };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const limits = options.connectionLimits ?? DEFAULT_CONNECTION_LIMITS;
  const app = Fastify({
    trustProxy: options.trustProxy ?? false,
    // The log carries what a request did, never who made it (issue 15's privacy promises).
    logger: options.log
      ? {
          stream: options.log,
          serializers: {
            req: (request: { method: string; url: string }) => ({ method: request.method, path: request.url.split('?')[0] }),
            res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
          },
        }
      : false,
    logController: new OneLinePerRequest(),
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    http: { headersTimeout: limits.headersTimeoutMs, connectionsCheckingInterval: CONNECTIONS_CHECKING_INTERVAL_MS },
  });
  shedIdleConnections(app.server, limits.maxConnections);

  // A callback hook, not an async one: fastify then makes no promise per response for it.
  app.addHook('onSend', (_request, reply, payload, done) => {
    reply.header('Content-Security-Policy', CSP);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    done(null, payload);
  });

  // Fastify's own 404 logs the whole URL, query string included, where a careless link may carry
  // personal data; this one logs nothing beyond the request line's path (the serializer above).
  app.setNotFoundHandler((_request, reply) => reply.code(404).type('text/plain; charset=utf-8').send('Not found.\n'));

  const known = { topics: options.topics, municipalities: new Set(options.municipalities.keys()) };
  const publicOrigin = options.publicOrigin;
  const ownOrigin = (request: FastifyRequest) => publicOrigin ?? `${request.protocol}://${request.host}`;
  await app.register(collector, {
    prefix: '/api',
    store: options.store,
    known,
    municipalities: options.municipalities,
    clock: options.clock ?? (() => new Date()),
    ownOrigin,
    allowNoOrigin: options.allowNoOrigin ?? false,
    rateLimit: options.rateLimit ?? DEFAULT_RATE_LIMIT,
    groupCommit: options.groupCommit ?? DEFAULT_GROUP_COMMIT,
  });
  for (const plugin of options.plugins ?? []) await app.register(plugin);
  if (options.pages) await app.register(staticFiles, { ...options.pages, root: resolve(options.pages.root) });
  return app;
}
