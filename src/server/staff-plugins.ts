/**
 * The staff side of the server as one list of plugins for `buildApp`: logins and sessions, then
 * the statistics and the export, the console's guidance and its contact registration, which all
 * read the same sessions. The server and the tests build it
 * here, so the loop a test proves is the loop that runs.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { ContentBundle } from '../model/content-bundle.js';
import type { Catalog } from '../model/content-schema.js';
import { type Auth, type AuthOptions, authRoutes, createAuth } from './auth/auth.js';
import { contactRoutes, topicIntents } from './contacts/contact-routes.js';
import { guidanceRoutes } from './guidance/guidance-routes.js';
import { statsRoutes } from './stats/stats-routes.js';
import type { EventStore } from './storage/event-store.js';

export interface StaffSide {
  auth: Auth;
  plugins: FastifyPluginAsync[];
}

export function staffSide(options: AuthOptions & { store: EventStore; content: ContentBundle; catalog: Catalog }): StaffSide {
  const { content, catalog, ...authOptions } = options;
  const auth = createAuth(authOptions);
  return {
    auth,
    plugins: [
      async (api) => api.register(authRoutes, { auth }),
      async (api) => api.register(statsRoutes, { store: options.store, auth, content, catalog }),
      async (api) => api.register(guidanceRoutes, { auth, content }),
      async (api) => api.register(contactRoutes, { store: options.store, auth, topics: topicIntents(content) }),
    ],
  };
}
