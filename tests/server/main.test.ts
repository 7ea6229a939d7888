/** src/server/main.ts as `npm run serve` runs it: SQLite at KANALGUIDE_DB, events in, SIGTERM out. */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/server/main.js';

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
