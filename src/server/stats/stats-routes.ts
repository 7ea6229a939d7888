/**
 * GET /api/stats, GET /api/stats/filters and GET /api/export.csv (issue 15, "Statistics and export"): the roll-up rows
 * from the store, summed per period there, the numbers from src/domain/channel-stats.ts. The store keeps the roll-up in
 * the insert's transaction, so an acknowledged event is in the next answer. /api/stats also
 * counts the assisted contacts staff registered (issue 17, src/domain/contact-stats.ts).
 *
 *   await app.register(statsRoutes, { store, auth, content, catalog });
 *
 * Who may ask: managers for their own municipality, operators for any and for '*' (all,
 * compared); staff never (the console is theirs). 401 without a session, 403 outside the role,
 * 400 with every refused parameter named.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { komhenCounts, municipalityStats, statsCountsOf } from '../../domain/channel-stats.js';
import type { ContentBundle } from '../../model/content-bundle.js';
import type { Catalog } from '../../model/content-schema.js';
import { own } from '../../model/own-key.js';
import { ALL_MUNICIPALITIES, parseStatsQuery, type StatsFilters, type StatsQuery, type StatsResponse } from '../../model/stats-api.js';
import type { Auth } from '../auth/auth.js';
import type { EventStore } from '../storage/event-store.js';
import { komhenCsv } from './komhen-csv.js';

export interface StatsOptions {
  store: EventStore;
  auth: Auth;
  /** Municipalities (costs, targets, names) and topics (which ids a query may name). */
  content: Pick<ContentBundle, 'municipalities' | 'topics'>;
  /** The catalog gives each topic its service area (område) for the export. */
  catalog: Catalog;
}

/** How many not-found phrasings the answer lists per municipality. */
const NOT_FOUND_WORDS = 20;
/** What the export writes for a topic the catalog gives no area (content may add topics beyond it). */
const NO_AREA = 'uden område';

export const statsRoutes: FastifyPluginAsync<StatsOptions> = async (app, { store, auth, content, catalog }) => {
  const ids = {
    municipalities: new Set(Object.keys(content.municipalities)),
    topics: new Set([...Object.keys(content.topics), ...Object.keys(catalog)]),
  };
  const readers = auth.requireRole('manager', 'operator');

  /** The validated query, or null when the reply (400 or 403) has been sent. */
  async function allowedQuery(request: FastifyRequest, reply: FastifyReply): Promise<StatsQuery | null> {
    const parsed = parseStatsQuery(ids, request.query);
    if ('errors' in parsed) {
      await reply.code(400).send({ errors: parsed.errors });
      return null;
    }
    const user = (await auth.sessionOf(request))!.user;
    // Operators have no municipality and see all; a manager sees their own and nothing else.
    if (user.municipality !== null && user.municipality !== parsed.query.municipality) {
      await reply.code(403).send({ error: `a manager sees ${user.municipality} only` });
      return null;
    }
    return parsed.query;
  }

  const slugsOf = (query: StatsQuery) => (query.municipality === ALL_MUNICIPALITIES ? [...ids.municipalities].sort() : [query.municipality]);

  // Summed per period in the database: a big city's year is a few thousand rows, not one per day and key.
  const rowsOf = (query: StatsQuery) => store.statsCounts({ municipality: query.municipality, from: query.from, to: query.to, topic: query.topic, intent: query.intent, interval: query.interval });
  const integratedOf = (slug: string) => own(content.municipalities, slug)?.integratedSelfservice ?? [];
  const integratedSelfservice = [...ids.municipalities].flatMap((slug) => integratedOf(slug).map((topic) => [slug, topic] as const));
  // The daily sums keep a topic on routed decisions only, so a topic filter sums statsCounts's rows here instead.
  const countsOf = async (query: StatsQuery) =>
    query.topic === undefined
      ? store.statsTallies({ municipality: query.municipality, from: query.from, to: query.to, intent: query.intent, interval: query.interval, integratedSelfservice })
      : statsCountsOf(await rowsOf(query), query, integratedOf);

  app.get('/api/stats', { preHandler: readers }, async (request, reply) => {
    const query = await allowedQuery(request, reply);
    if (!query) return reply;
    const [counts, contacts] = await Promise.all([
      countsOf(query),
      store.contactCounts({ municipality: query.municipality, from: query.from, to: query.to, topic: query.topic, intent: query.intent }),
    ]);
    // Not-found searches have no topic or inquiry type: under such a filter there are none.
    const filtered = query.topic !== undefined || query.intent !== undefined;
    const municipalities = await Promise.all(
      slugsOf(query).map(async (slug) =>
        municipalityStats(
          slug,
          counts,
          query,
          own(content.municipalities, slug)!,
          filtered ? [] : await store.notFoundWords({ municipality: slug, from: query.from, to: query.to }, NOT_FOUND_WORDS),
          contacts,
        ),
      ),
    );
    const body: StatsResponse = {
      query: { municipality: query.municipality, from: query.from, to: query.to, interval: query.interval, topic: query.topic ?? null, intent: query.intent ?? null },
      municipalities,
    };
    return reply.header('cache-control', 'no-store').send(body);
  });

  // The dashboard's choices: topics by title and the municipalities this reader may see.
  const topicChoices: StatsFilters['topics'] = [...ids.topics].sort().map((id) => {
    const articles = own(content.topics, id)?.articles;
    return { id, title: { da: articles?.da.title ?? id, en: articles?.en.title ?? id } };
  });
  app.get('/api/stats/filters', { preHandler: readers }, async (request, reply) => {
    const user = (await auth.sessionOf(request))!.user;
    const slugs = user.municipality === null ? [...ids.municipalities].sort() : [user.municipality];
    const body: StatsFilters = {
      municipalities: slugs.map((slug) => {
        const name = own(content.municipalities, slug)?.name;
        return { slug, name: { da: name?.da ?? slug, en: name?.en ?? slug } };
      }),
      topics: topicChoices,
    };
    return reply.header('cache-control', 'no-store').send(body);
  });

  app.get('/api/export.csv', { preHandler: readers }, async (request, reply) => {
    const query = await allowedQuery(request, reply);
    if (!query) return reply;
    const lines = komhenCounts(await rowsOf(query), query, (topic) => (topic !== null && own(catalog, topic)?.area) || NO_AREA);
    const csv = komhenCsv(lines, (slug) => own(content.municipalities, slug)?.name.da ?? slug);
    const name = `kanalguide-${query.municipality === ALL_MUNICIPALITIES ? 'alle' : query.municipality}-${query.from}-${query.to}.csv`;
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`).header('cache-control', 'no-store').send(csv);
  });
};
