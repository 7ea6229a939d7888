/**
 * A server in its own process for the page tests that need one: with file permissions applied
 * even to root (setpriv drops the overriding capabilities) or under a lower file-descriptor
 * limit. Serves the pages of the folder in argv[2] with an in-memory store and prints its port.
 */
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../../src/server/app.js';
import { openSqliteStore } from '../../../src/server/storage/sqlite/sqlite-store.js';

const app = await buildApp({ store: openSqliteStore(':memory:'), topics: new Set(), municipalities: new Map(), pages: { root: process.argv[2]!, demo: true } });
await app.listen({ port: 0, host: '127.0.0.1' });
console.log((app.server.address() as AddressInfo).port);
