/**
 * POST /api/contacts (issue 17): a staff member registers a contact they helped a citizen with
 * (how the citizen came, whether it was solved at first contact, whether the citizen did the
 * self-service with help). The body is the model's contact event; the municipality is the staff
 * member's, from the session, and a body naming one is refused; who registered it is not stored.
 * 202 only after the store has committed; the same id sent again is stored once.
 *
 *   await app.register(contactRoutes, { store, auth, topics });
 *
 * 401 without a session, 403 for an operator or a request from another site, 400 naming every
 * refused field.
 */
import type { FastifyError, FastifyPluginAsync } from 'fastify';
import { type KnownTopicIntents, validateContactEvent } from '../../model/contact-event.js';
import type { ContentBundle } from '../../model/content-bundle.js';
import type { Auth } from '../auth/auth.js';
import type { EventStore } from '../storage/event-store.js';

export interface ContactOptions {
  store: EventStore;
  auth: Auth;
  /** Each known topic with its inquiry types; see topicIntents. */
  topics: KnownTopicIntents;
}

/** A contact is under 400 bytes; a bigger body is not one. */
export const CONTACT_BODY_LIMIT = 4096;

/** The topics a contact may name, with the inquiry types each has. */
export function topicIntents(content: Pick<ContentBundle, 'topics'>): KnownTopicIntents {
  return new Map(Object.values(content.topics).map((t) => [t.id, t.intents]));
}

export const contactRoutes: FastifyPluginAsync<ContactOptions> = async (app, { store, auth, topics }) => {
  // A body that is not JSON (or too big) is a 400 naming the body, like every refusal here.
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status < 500) {
      const message = status === 413 ? `the body is larger than ${CONTACT_BODY_LIMIT} bytes` : status === 415 ? 'send application/json' : `the body is not JSON (${error.message})`;
      return reply.code(status).send({ errors: [`body: ${message}`] });
    }
    request.log.error({ err: error }, 'the contact could not be stored');
    return reply.code(500).send({ errors: ['the contact was not stored; send it again'] });
  });

  app.post(
    '/api/contacts',
    // Who first, then where from (a state-changing request), both before the body is read: a
    // stranger's malformed body gets 401, not a parse error.
    { onRequest: [auth.requireRole('staff', 'manager'), auth.requireSameOrigin], bodyLimit: CONTACT_BODY_LIMIT },
    async (request, reply) => {
      const municipality = (await auth.sessionOf(request))!.user.municipality;
      // The store refuses a staff member or manager without a municipality; this says why if one appears.
      if (municipality === null) return reply.code(403).send({ errors: ['this account belongs to no municipality'] });
      const now = auth.options.now();
      const checked = validateContactEvent(request.body, topics, now);
      if (!checked.ok) return reply.code(400).send({ errors: checked.errors });
      const result = await store.insertContact(checked.contact, municipality, now);
      return reply.code(202).send(result);
    },
  );
};
