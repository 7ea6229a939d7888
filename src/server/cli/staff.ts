/**
 * `npm run --silent staff -- <command>`: staff accounts, on the store the server uses
 * (DATABASE_URL, else KANALGUIDE_DB, else ./data/kanalguide.db).
 *
 *   add --username <name> --role manager|staff --municipality <slug>
 *   add --username <name> --role operator
 *   list
 *   remove --username <name>
 *   reset-password --username <name>       (also unlocks the account and ends its sessions)
 *
 * Passwords are read from standard input, never from the command line (which `ps` and the
 * shell's history would show): typed without echo at a terminal, or the first line of a pipe.
 */
import { parseArgs } from 'node:util';
import { loadContent } from '../../content/load.js';
import { MAX_PASSWORD_LENGTH, MAX_USERNAME_LENGTH, MIN_PASSWORD_LENGTH, USERNAME } from '../../model/staff-api.js';
import { STAFF_ROLES, type StaffRole } from '../../model/vocabulary.js';
import { hashPassword } from '../auth/passwords.js';
import { UsernameTakenError, type EventStore } from '../storage/event-store.js';
import { openConfiguredStore } from '../storage/open-store.js';

const USAGE = `usage: npm run --silent staff -- <command>
  add --username <name> --role manager|staff --municipality <slug>
  add --username <name> --role operator
  list
  remove --username <name>
  reset-password --username <name>
The password is read from standard input.`;

/** A refusal the user can act on: printed without a stack trace. */
class UsageError extends Error {}

async function readPassword(): Promise<string> {
  const password = process.stdin.isTTY ? await readHidden('Password: ') : firstLine(await readAll());
  if (password.length < MIN_PASSWORD_LENGTH) throw new UsageError(`the password must be at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > MAX_PASSWORD_LENGTH) throw new UsageError(`the password must be at most ${MAX_PASSWORD_LENGTH} characters`);
  return password;
}

async function readAll(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}

const firstLine = (text: string) => text.split(/\r?\n/)[0] ?? '';

/** Reads a line at a terminal without showing it: raw mode, so the terminal does not echo. */
function readHidden(prompt: string): Promise<string> {
  process.stderr.write(prompt);
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (finish: () => void) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      finish();
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done(() => resolve(typed));
        if (ch === '\u0003') return done(() => reject(new UsageError('cancelled')));
        typed = ch === '\u007f' || ch === '\b' ? typed.slice(0, -1) : typed + ch;
      }
    };
    stdin.on('data', onData);
    stdin.resume();
  });
}

function username(value: string | undefined): string {
  if (!value) throw new UsageError('--username is required');
  if (value.length > MAX_USERNAME_LENGTH || !USERNAME.test(value))
    throw new UsageError(`--username must be lower-case letters, digits, '.', '_' or '-' (at most ${MAX_USERNAME_LENGTH}), starting with a letter or digit`);
  return value;
}

function role(value: string | undefined): StaffRole {
  const found = STAFF_ROLES.find((r) => r === value);
  if (!found) throw new UsageError(`--role must be one of ${STAFF_ROLES.join(', ')}`);
  return found;
}

function municipalityFor(role: StaffRole, value: string | undefined): string | null {
  if (role === 'operator') {
    if (value !== undefined) throw new UsageError('an operator sees every municipality: leave out --municipality');
    return null;
  }
  if (!value) throw new UsageError(`a ${role} belongs to one municipality: give --municipality <slug>`);
  const known = Object.keys(loadContent().municipalities).sort();
  if (!known.includes(value)) throw new UsageError(`unknown municipality "${value}" (known: ${known.join(', ')})`);
  return value;
}

type Work = (store: EventStore) => Promise<void>;

/**
 * Checks the arguments and reads the password before the store is opened, so a mistyped command
 * never creates a database file.
 */
async function plan(command: string | undefined, values: Partial<Record<'username' | 'role' | 'municipality', string>>): Promise<Work> {
  switch (command) {
    case 'add': {
      const name = username(values.username);
      const r = role(values.role);
      const municipality = municipalityFor(r, values.municipality);
      const passwordHash = await hashPassword(await readPassword());
      return async (store) => {
        await store.createUser({ username: name, passwordHash, role: r, municipality });
        console.log(`added ${name} (${r}${municipality ? `, ${municipality}` : ''})`);
      };
    }
    case 'list':
      return async (store) => {
        for (const u of await store.listUsers()) console.log([u.username, u.role, u.municipality ?? '*', u.createdAt.toISOString()].join('\t'));
      };
    case 'remove': {
      const name = username(values.username);
      return async (store) => {
        if (!(await store.removeUser(name))) throw new UsageError(`there is no user "${name}"`);
        console.log(`removed ${name} and their sessions`);
      };
    }
    case 'reset-password': {
      const name = username(values.username);
      const passwordHash = await hashPassword(await readPassword());
      return async (store) => {
        if (!(await store.setPassword(name, passwordHash))) throw new UsageError(`there is no user "${name}"`);
        console.log(`new password for ${name}; the account is unlocked and its sessions ended`);
      };
    }
    default:
      throw new UsageError(`${command ? `unknown command "${command}"` : 'a command is required'}\n${USAGE}`);
  }
}

async function main(): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: { username: { type: 'string' }, role: { type: 'string' }, municipality: { type: 'string' }, help: { type: 'boolean' } },
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError(`one command at a time (got ${positionals.join(' ')})\n${USAGE}`);
    const work = await plan(positionals[0], values);
    const store = await openConfiguredStore();
    try {
      await work(store);
    } finally {
      await store.close();
    }
    return 0;
  } catch (error) {
    // parseArgs throws TypeErrors with codes for unknown or valueless options: a usage mistake too.
    const usage = error instanceof UsageError || error instanceof UsernameTakenError || (error instanceof TypeError && 'code' in error);
    if (!usage) throw error;
    console.error(`staff: ${error.message}`);
    return 2;
  }
}

process.exitCode = await main();
