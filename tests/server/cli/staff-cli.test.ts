/**
 * `npm run staff` end to end: real processes on a temporary SQLite file (KANALGUIDE_DB), the
 * password piped to standard input, then the accounts checked through the store.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../../src/server/auth/passwords.js';
import { openSqliteStore } from '../../../src/server/storage/sqlite/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'kanalguide-staff-cli-'));
const db = join(dir, 'kanalguide.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One run of the CLI; DATABASE_URL is removed so a developer's setting cannot leak in. */
function staff(args: string[], input = '') {
  const env: NodeJS.ProcessEnv = { ...process.env, KANALGUIDE_DB: db };
  delete env.DATABASE_URL;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli/staff.ts', ...args], { input, env, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('the staff CLI', () => {
  it('refuses bad input clearly, before it creates a database', () => {
    expect(staff(['add', '--username', 'anna', '--role', 'boss', '--municipality', 'aarhus'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--role must be one of manager, staff, operator'),
    });
    expect(staff(['add', '--username', 'anna', '--role', 'manager', '--municipality', 'gotham']).err).toContain('unknown municipality "gotham"');
    expect(staff(['add', '--username', 'Anna!', '--role', 'manager', '--municipality', 'aarhus']).err).toContain('--username must be lower-case');
    expect(staff(['add', '--username', 'olga', '--role', 'operator', '--municipality', 'aarhus']).err).toContain('leave out --municipality');
    expect(staff(['add', '--username', 'anna', '--role', 'manager'], 'correct horse battery\n').err).toContain('give --municipality');
    expect(staff(['add', '--username', 'anna', '--role', 'manager', '--municipality', 'aarhus'], 'short\n').err).toContain('at least 12 characters');
    expect(staff(['fly']).err).toContain('unknown command "fly"');
    expect(existsSync(db)).toBe(false);
  });

  it('adds, lists, resets (unlocking) and removes accounts', async () => {
    expect(staff(['add', '--username', 'anna', '--role', 'manager', '--municipality', 'aarhus'], 'correct horse battery\n')).toMatchObject({ code: 0, out: 'added anna (manager, aarhus)\n' });
    expect(staff(['add', '--username', 'olga', '--role', 'operator'], 'another long password\n').code).toBe(0);
    expect(staff(['add', '--username', 'anna', '--role', 'staff', '--municipality', 'aarhus'], 'correct horse battery\n')).toMatchObject({ code: 2, err: 'staff: the username "anna" is taken\n' });
    const listed = staff(['list'])
      .out.trim()
      .split('\n')
      .map((line) => line.split('\t').slice(0, 3));
    expect(listed).toEqual([
      ['anna', 'manager', 'aarhus'],
      ['olga', 'operator', '*'],
    ]);

    let store = openSqliteStore(db);
    const anna = await store.findUser('anna');
    expect(await verifyPassword(anna!.passwordHash, 'correct horse battery')).toBe(true);
    for (let i = 0; i < 10; i++) await store.recordLoginFailure('anna', new Date());
    await store.close();

    expect(staff(['reset-password', '--username', 'anna'], 'a brand new passphrase\n').code).toBe(0);
    expect(staff(['reset-password', '--username', 'nobody'], 'a brand new passphrase\n')).toMatchObject({ code: 2, err: 'staff: there is no user "nobody"\n' });
    store = openSqliteStore(db);
    expect(await verifyPassword((await store.findUser('anna'))!.passwordHash, 'a brand new passphrase')).toBe(true);
    expect(await store.latestLoginFailures('anna', 10)).toEqual([]);
    await store.close();

    expect(staff(['remove', '--username', 'olga'])).toMatchObject({ code: 0, out: 'removed olga and their sessions\n' });
    expect(staff(['remove', '--username', 'olga']).code).toBe(2);
    expect(staff(['list']).out).not.toContain('olga');
  });
});
