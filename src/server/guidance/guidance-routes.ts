/**
 * GET /api/guidance/:topic (issue 17): the staff guidance the console shows beside a topic, for
 * staff and managers. The guidance is read from the content once, when the server starts, and
 * never reaches the citizen widget's data (src/widget-data/build/pack.ts leaves it out).
 *
 *   await app.register(guidanceRoutes, { auth, content });
 *
 * 401 without a session, 403 for an operator (the console is for those who meet citizens), 400
 * naming a bad `lang`, 404 for a topic that is unknown or has no guidance written yet.
 */
import type { FastifyPluginAsync } from 'fastify';
import * as v from 'valibot';
import type { ContentBundle } from '../../model/content-bundle.js';
import type { TopicStaffGuidance } from '../../model/content-schema.js';
import { own } from '../../model/own-key.js';
import type { GuidanceResponse } from '../../model/staff-api.js';
import { type ContentLang, LANGS } from '../../model/vocabulary.js';
import type { Auth } from '../auth/auth.js';

export interface GuidanceOptions {
  auth: Auth;
  content: Pick<ContentBundle, 'topics'>;
}

const GuidanceQuerySchema = v.strictObject({ lang: v.optional(v.picklist(LANGS, `lang must be one of ${LANGS.join(', ')}`), 'da') }, (issue) =>
  issue.expected === 'never' ? 'unknown parameter (the only parameter is lang)' : 'the query must be parameters',
);

type Written = Partial<Record<ContentLang, TopicStaffGuidance>>;

export const guidanceRoutes: FastifyPluginAsync<GuidanceOptions> = async (app, { auth, content }) => {
  // Read once: content does not change while the server runs (a new build restarts it).
  const byTopic: Record<string, Written> = {};
  for (const topic of Object.values(content.topics)) {
    const written: Written = {};
    for (const lang of LANGS) {
      const staff = topic.articles[lang].staff;
      if (staff) written[lang] = staff;
    }
    if (written.da) byTopic[topic.id] = written;
  }

  app.get<{ Params: { topic: string } }>('/api/guidance/:topic', { preHandler: auth.requireRole('staff', 'manager') }, async (request, reply) => {
    const query = v.safeParse(GuidanceQuerySchema, request.query);
    if (!query.success) {
      return reply.code(400).send({ errors: query.issues.map((i) => ({ parameter: i.path?.map((p) => String(p.key)).join('.') ?? '(query)', message: i.message })) });
    }
    const { topic } = request.params;
    const written = own(byTopic, topic);
    // The id is not echoed: a hostile value must not come back in the answer.
    if (!written) return reply.code(404).send({ error: 'no staff guidance for this topic: the topic is unknown or its guidance is not written yet' });
    const asked = query.output.lang;
    const lang: ContentLang = written[asked] ? asked : 'da';
    const body: GuidanceResponse = { topic, lang, fallback: lang !== asked, guidance: written[lang]! };
    return reply.header('cache-control', 'no-store').send(body);
  });
};
