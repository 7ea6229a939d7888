/**
 * src/server/main.ts as `npm run serve` runs it: SQLite at KANALGUIDE_DB, or PostgreSQL when
 * DATABASE_URL is set (here pointed at KANALGUIDE_TEST_PG, in a schema of its own); events in,
 * statistics out, SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type AddressInfo } from 'node:net';
import { localTime } from '../../src/domain/copenhagen-time.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import { readSettings } from '../../src/server/main.js';
import { dropPostgresSchema, openPostgresStore } from '../../src/server/storage/postgres/postgres-store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the server’s settings', () => {
  it('SQLite in ./data by default, PostgreSQL when DATABASE_URL is set, on 127.0.0.1:8080', () => {
    const plain = readSettings({}, []);
    expect(plain).toMatchObject({ port: 8080, host: '127.0.0.1', databaseUrl: null, demo: false, trustProxy: false, allowNoOrigin: false });
    expect(plain.sqliteFile).toBe(join(process.cwd(), 'data/kanalguide.db'));
    expect(readSettings({ DATABASE_URL: 'postgres://u@h/db', KANALGUIDE_DB: '/x.db', TRUST_PROXY: '1' }, ['--demo'])).toMatchObject({ databaseUrl: 'postgres://u@h/db', trustProxy: true, demo: true });
    expect(() => readSettings({ PUBLIC_ORIGIN: 'https://kanalguide.example/path' }, [])).toThrow(/no path/);
    expect(() => readSettings({ PORT: 'eighty' }, [])).toThrow(/PORT=eighty/);
    expect(readSettings({}, [])).toMatchObject({ databaseSchema: 'public', rateLimitPerMinute: 600 });
    expect(readSettings({ KANALGUIDE_PG_SCHEMA: 'kanalguide', KANALGUIDE_RATE_LIMIT: '100000' }, [])).toMatchObject({ databaseSchema: 'kanalguide', rateLimitPerMinute: 100000 });
    expect(() => readSettings({ KANALGUIDE_PG_SCHEMA: 'x; DROP TABLE users' }, [])).toThrow(/KANALGUIDE_PG_SCHEMA=.*plain lower-case identifier/);
    expect(() => readSettings({ KANALGUIDE_RATE_LIMIT: 'lots' }, [])).toThrow(/KANALGUIDE_RATE_LIMIT=lots/);
  });

  it('starts, takes an event into a new database folder, and stops on SIGTERM with exit code 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kanalguide-main-'));
    dirs.push(dir);
    const db = join(dir, 'new/kanalguide.db');
    const server = spawn('node', ['--import', 'tsx', 'src/server/main.ts'], { env: { ...process.env, PORT: '0', KANALGUIDE_DB: db, DATABASE_URL: '' }, stdio: ['ignore', 'ignore', 'pipe'] });
    const origin = await new Promise<string>((done, fail) => {
      let said = '';
      server.stderr.on('data', (d: Buffer) => {
        said += String(d);
        const found = /Kanalguide: (http:\/\/[^;\s]+)/.exec(said);
        if (found) done(found[1]!);
      });
      server.once('exit', (code) => fail(new Error(`exited with ${code}: ${said}`)));
    });
    const event = { v: 1, id: randomUUID(), ts: new Date().toISOString(), municipality: 'demo', session: randomUUID(), type: 'notFound', lang: 'da', assisted: false };
    const response = await fetch(`${origin}/api/events`, { method: 'POST', body: JSON.stringify(event), headers: { origin } });
    expect([response.status, await response.json()]).toEqual([202, { accepted: 1, duplicates: 0 }]);
    const exit = new Promise<number | null>((done) => server.once('exit', done));
    server.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(existsSync(db)).toBe(true);
  });
});

/** Resolves with the origin main.ts says it listens on. */
function listening(server: ChildProcess): Promise<string> {
  return new Promise<string>((done, fail) => {
    let said = '';
    server.stderr!.on('data', (d: Buffer) => {
      said += String(d);
      const found = /Kanalguide: (http:\/\/[^;\s]+)/.exec(said);
      if (found) done(found[1]!);
    });
    server.once('exit', (code) => fail(new Error(`exited with ${code}: ${said}`)));
  });
}

/** A port free now: the staff login checks Origin against the origin main.ts builds from PORT, so it cannot be 0. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const pgUrl = process.env.KANALGUIDE_TEST_PG;
if (!pgUrl) console.log('main.ts on PostgreSQL SKIPPED: KANALGUIDE_TEST_PG is not set (bash .ci/run sets it; see README).');

describe.skipIf(!pgUrl)('the server on PostgreSQL', () => {
  it('with DATABASE_URL set it keeps the routing log in PostgreSQL (not in KANALGUIDE_DB): an event posted is in /api/stats', async () => {
    const url = pgUrl!;
    const schema = `kanalguide_test_${randomBytes(6).toString('hex')}`;
    const dir = mkdtempSync(join(tmpdir(), 'kanalguide-main-pg-'));
    dirs.push(dir);
    const sqliteFile = join(dir, 'unused.db');
    const port = await freePort();
    const server = spawn('node', ['--import', 'tsx', 'src/server/main.ts'], {
      env: { ...process.env, PORT: String(port), KANALGUIDE_DB: sqliteFile, DATABASE_URL: url, KANALGUIDE_PG_SCHEMA: schema, PUBLIC_ORIGIN: '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    try {
      const origin = await listening(server);
      // The server made and migrated the schema; a manager is added beside it, as `npm run staff` would.
      const store = await openPostgresStore({ connectionString: url, schema, poolSize: 1 });
      try {
        await store.createUser({ username: 'leder', role: 'manager', municipality: 'demo', passwordHash: await hashPassword('korrekt hest batteri') });
      } finally {
        await store.close();
      }
      const now = new Date();
      const event = {
        v: 1,
        id: randomUUID(),
        ts: now.toISOString(),
        municipality: 'demo',
        session: randomUUID(),
        type: 'routed',
        lang: 'da',
        assisted: false,
        topic: 'flytning',
        intent: 'transaction',
        recommended: 'selfservice',
        alternatives: ['phone'],
        authority: 'kommune',
        canUseDigital: null,
        open: true,
        caution: false,
      };
      const posted = await fetch(`${origin}/api/events`, { method: 'POST', body: JSON.stringify(event), headers: { origin } });
      expect([posted.status, await posted.json()]).toEqual([202, { accepted: 1, duplicates: 0 }]);

      const login = await fetch(`${origin}/api/login`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'leder', password: 'korrekt hest batteri' }),
      });
      expect(login.status).toBe(204);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
      const day = localTime(now).date;
      const stats = await fetch(`${origin}/api/stats?municipality=demo&from=${day}&to=${day}&interval=day`, { headers: { cookie } });
      const body = await stats.text();
      expect(stats.status, body).toBe(200);
      expect(body).toMatch(/"routed":1\b/);
      expect(existsSync(sqliteFile)).toBe(false);
    } finally {
      const exit = new Promise<number | null>((done) => (server.exitCode !== null ? done(server.exitCode) : server.once('exit', done)));
      server.kill('SIGTERM');
      await exit;
      await dropPostgresSchema(url, schema);
    }
  });
});
