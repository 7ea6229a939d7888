/**
 * The shared store, for deployments that run several servers: every server, its sessions and its
 * login lock see one database. All tables live in one schema (configurable, so each test run
 * makes and drops its own), reached through the connection's search_path.
 */
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { ContactEvent } from '../../../model/contact-event.js';
import type { LogEvent } from '../../../model/log-event.js';
import type { ContactRollupRow, RollupRow, StatsCounts } from '../../../model/stats-api.js';
import { TOP_TOPICS } from '../../../domain/channel-stats.js';
import type { StaffRole } from '../../../model/vocabulary.js';
import {
  UsernameTakenError,
  type CountQuery,
  type CountRow,
  type DayRange,
  type EventStore,
  type InsertResult,
  type NewStaffUser,
  type ReceivedEvent,
  type StaffSession,
  type StatsCountQuery,
  type StaffUser,
  type TallyQuery,
  type WordsCount,
} from '../event-store.js';
import { checkNotNewer, readMigrations } from '../migrations.js';
import {
  CONTACT_GROUP,
  CONTACT_ORDER,
  contactCountRow,
  contactRow,
  countRow,
  DAY_COLUMNS,
  INTEGRATED_SELECT,
  newSessionId,
  periodStarts,
  RANGE_TOPICS_SELECT,
  receivedRows,
  sessionKey,
  STATS_COLUMNS,
  STATS_GROUP,
  STATS_SELECT,
  statsCountsRows,
  statsRow,
  TALLY_SELECT,
  TOP_TOPICS_SELECT,
  TOPIC_COLUMNS,
  type EventRow,
} from '../rows.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database */
  connectionString: string;
  /** Where the tables live; created when missing. */
  schema?: string;
  /** Connections in the pool. */
  poolSize?: number;
}

/** A schema name goes into SQL text (search_path, CREATE SCHEMA), so only a plain identifier is taken. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Deadlocks are rare (keys are locked in one order) but possible under load; such a batch is retried. */
const RETRIED = new Set(['40P01', '40001']);
const ATTEMPTS = 3;

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** Applies what is missing under an advisory lock, so servers starting together migrate once. */
async function migrate(pool: pg.Pool, schema: string): Promise<void> {
  const migrations = readMigrations(MIGRATIONS_DIR);
  const client = await pool.connect();
  const lock = `kanalguide.migrate.${schema}`;
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [lock]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ version: number }>('SELECT coalesce(max(version), 0) AS version FROM schema_migrations');
    const current = rows[0]!.version;
    checkNotNewer(current, migrations, `schema ${schema}`);
    for (const m of migrations.filter((m) => m.version > current)) {
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lock]).catch(() => undefined);
    client.release();
  }
}

interface UserRow {
  id: number;
  username: string;
  password_hash: string;
  role: StaffRole;
  municipality: string | null;
  created_at: Date;
}

const toUser = (row: UserRow): StaffUser => ({
  id: row.id,
  username: row.username,
  role: row.role,
  municipality: row.municipality,
  createdAt: row.created_at,
});

const STATS_LIST = STATS_COLUMNS.join(', ');

const STATS_WHERE = `WHERE ($1::text IS NULL OR municipality = $1) AND day BETWEEN $2 AND $3
  AND ($4::text IS NULL OR topic = $4) AND ($5::text IS NULL OR intent = $5)`;

/** A day's ISO week's Monday (isodow 1 to 7), by date arithmetic: the session's time zone plays no part. */
const MONDAY = "to_char(day::date - (extract(isodow FROM day::date)::integer - 1), 'YYYY-MM-DD')";

/** The first day of a row's period: its own day, or its week's Monday but not before the range's first day. */
const STATS_BY_PERIOD = {
  day: `${STATS_SELECT.replace('{period}', 'day')} ${STATS_WHERE} ${STATS_GROUP}`,
  week: `${STATS_SELECT.replace('{period}', `greatest(${MONDAY}, $2::text)`)} ${STATS_WHERE} ${STATS_GROUP}`,
};

const DAY_LIST = DAY_COLUMNS.join(', ');

const TOPIC_LIST = TOPIC_COLUMNS.join(', ');

/**
 * The reads of /api/stats ($1 municipality or null, $2 from, $3 to, $4 intent or null; by week
 * $5 and $6 the range's days and their periods' first days, periodStarts; then the integrated
 * topics as two arrays, municipalities and topics). Topics sort in byte order (COLLATE "C"), as
 * the domain sorts them, whatever the database's collation.
 */
function tallyReads(interval: 'day' | 'week') {
  const next = interval === 'week' ? 7 : 5;
  const fill = (sql: string) =>
    sql
      .replaceAll('{period}', interval === 'day' ? 'day' : '(period.first_day COLLATE "C")')
      .replace(
        '{where}',
        `${interval === 'week' ? 'JOIN unnest($5::text[], $6::text[]) AS period(day, first_day) USING (day)' : ''} WHERE ($1::text IS NULL OR municipality = $1) AND day BETWEEN $2 AND $3 AND ($4::text IS NULL OR intent = $4)`,
      )
      .replace('{integrated}', `SELECT * FROM unnest($${next}::text[], $${next + 1}::text[])`)
      .replace('{collate}', 'COLLATE "C"')
      .replace('{limit}', String(TOP_TOPICS));
  return { tallies: fill(TALLY_SELECT), integrated: fill(INTEGRATED_SELECT), topics: fill(TOP_TOPICS_SELECT), rangeTopics: fill(RANGE_TOPICS_SELECT) };
}
const TALLY_READS = { day: tallyReads('day'), week: tallyReads('week') };

/**
 * A group's events and its roll-ups' increments in one statement, so one round trip and one
 * commit (the statement is its own transaction) store a group of any size; it was six round trips
 * (BEGIN, four statements, COMMIT). Each column travels as one array parameter and unnest() turns
 * them back into rows; the increments are counted in the database from the rows the insert
 * returns, with the same mapping as rebuildCounts(), so a row skipped as a duplicate counts
 * nowhere. The rows come sorted by id and each roll-up's keys are inserted in key order, so two
 * servers storing overlapping groups lock rows in the same order.
 */
const INSERT_GROUP = `
  WITH stored AS (
    INSERT INTO events (id, municipality, session, type, ts, day, received_at, lang, assisted, topic, intent, recommended,
                        alternatives, authority, can_use_digital, open, caution, chosen, kind, helped, words)
    SELECT id, municipality, session, type, ts, day, received_at, lang, assisted, topic, intent, recommended,
           alternatives::jsonb, authority, can_use_digital, open, caution, chosen, kind, helped, words
    FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::timestamptz[], $6::text[], $7::text[], $8::boolean[],
                $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::boolean[], $15::boolean[], $16::boolean[],
                $17::text[], $18::text[], $19::boolean[], $20::text[], $21::timestamptz[])
      AS t(id, municipality, session, type, ts, day, lang, assisted, topic, intent, recommended, alternatives, authority,
           can_use_digital, open, caution, chosen, kind, helped, words, received_at)
    ON CONFLICT (id) DO NOTHING
    RETURNING id, municipality, day, type, topic, intent, recommended, chosen, kind, helped, assisted
  ),
  keyed AS (
    SELECT municipality, day, type, coalesce(topic, '') AS topic, coalesce(intent, '') AS intent, coalesce(recommended, '') AS recommended,
           coalesce(chosen, '') AS chosen, coalesce(kind, '') AS kind, coalesce(helped::int, -1) AS helped, assisted::int AS assisted
    FROM stored
  ),
  stats AS (
    INSERT INTO stats_counts (${STATS_LIST}, count)
    SELECT ${STATS_LIST}, count(*) FROM keyed GROUP BY ${STATS_LIST} ORDER BY ${STATS_LIST}
    ON CONFLICT (${STATS_LIST}) DO UPDATE SET count = stats_counts.count + excluded.count
  ),
  days AS (
    INSERT INTO stats_days (${DAY_LIST}, count)
    SELECT municipality, day, type, intent, recommended, chosen, kind, helped, CASE WHEN type = 'routed' THEN assisted ELSE 0 END, count(*)
    FROM keyed GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    ON CONFLICT (${DAY_LIST}) DO UPDATE SET count = stats_days.count + excluded.count
  ),
  topics AS (
    INSERT INTO stats_day_topics (${TOPIC_LIST}, routed, selfservice)
    SELECT municipality, day, topic, intent, count(*), count(*) FILTER (WHERE recommended = 'selfservice')
    FROM keyed WHERE type = 'routed' GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (${TOPIC_LIST}) DO UPDATE SET routed = stats_day_topics.routed + excluded.routed, selfservice = stats_day_topics.selfservice + excluded.selfservice
  )
  SELECT id FROM stored`;

function eventColumns(rows: readonly EventRow[]): unknown[][] {
  const fields: Array<(r: EventRow) => unknown> = [
    (r) => r.id,
    (r) => r.municipality,
    (r) => r.session,
    (r) => r.type,
    (r) => r.ts,
    (r) => r.day,
    (r) => r.lang,
    (r) => r.assisted,
    (r) => r.topic,
    (r) => r.intent,
    (r) => r.recommended,
    (r) => r.alternatives,
    (r) => r.authority,
    (r) => r.canUseDigital,
    (r) => r.open,
    (r) => r.caution,
    (r) => r.chosen,
    (r) => r.kind,
    (r) => r.helped,
    (r) => r.words,
    (r) => r.receivedAt,
  ];
  return fields.map((field) => rows.map(field));
}

/** Drops a schema and everything in it: for benchmarks and tests that made their own. */
export async function dropPostgresSchema(connectionString: string, schema: string): Promise<void> {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`schema "${schema}" must be a plain lower-case identifier`);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

export async function openPostgresStore(options: PostgresStoreOptions): Promise<EventStore> {
  const schema = options.schema ?? 'public';
  if (!SCHEMA_NAME.test(schema)) throw new Error(`schema "${schema}" must be a plain lower-case identifier`);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    options: `-c search_path=${schema}`,
  });
  // An idle connection the server drops (a restart, a failover) is an 'error' event on the pool;
  // unheard, it would end the process. The pool discards that client and the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await migrate(pool, schema);
  } catch (error) {
    await pool.end();
    throw error;
  }

  /** Runs `work` in one transaction on one connection, retrying a deadlocked attempt. */
  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        if (attempt >= ATTEMPTS || !RETRIED.has(errorCode(error) ?? '')) throw error;
      } finally {
        client.release();
      }
    }
  }

  const scope = (range: DayRange) => [range.municipality === '*' ? null : range.municipality, range.from, range.to];

  /** One statement, its own transaction, whatever the number of rows; returns the ids stored. */
  async function insertRows(unique: EventRow[]): Promise<Set<string>> {
    // Sorted by id so two groups sharing ids wait for each other instead of deadlocking.
    const rows = unique.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const columns = eventColumns(rows);
    for (let attempt = 1; ; attempt += 1) {
      try {
        // Named, so each connection parses and plans the statement once rather than per group.
        const inserted = await pool.query<{ id: string }>({ name: 'kanalguide-insert-group', text: INSERT_GROUP, values: columns });
        return new Set(inserted.rows.map((r) => r.id));
      } catch (error) {
        if (attempt >= ATTEMPTS || !RETRIED.has(errorCode(error) ?? '')) throw error;
      }
    }
  }

  return {
    async insertEvents(events: readonly LogEvent[], receivedAt: Date): Promise<InsertResult> {
      const accepted = (await insertRows(receivedRows(events.map((event) => ({ event, receivedAt }))))).size;
      return { accepted, duplicates: events.length - accepted };
    },

    async insertReceivedEvents(events: readonly ReceivedEvent[]): Promise<Set<string>> {
      return insertRows(receivedRows(events));
    },

    async counts(query: CountQuery): Promise<CountRow[]> {
      // Grouped from the events themselves: no statistic reads these (they serve tests, tools and
      // the demo's "is there a year already"), so no roll-up is kept for them on every insert.
      const { rows } = await pool.query(
        `SELECT municipality, day, type, coalesce(topic, '') AS topic, coalesce(intent, '') AS intent, coalesce(recommended, '') AS recommended,
                coalesce(chosen, '') AS chosen, coalesce(kind, '') AS kind, coalesce(helped::int, -1) AS helped, assisted::int AS assisted,
                coalesce(can_use_digital::int, -1) AS can_use_digital, lang, count(*) AS count
         FROM events
         WHERE ($1::text IS NULL OR municipality = $1) AND day BETWEEN $2 AND $3
           AND ($4::text IS NULL OR events.topic = $4) AND ($5::text IS NULL OR events.intent = $5)
         GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
         ORDER BY day, municipality`,
        [...scope(query), query.topic ?? null, query.intent ?? null],
      );
      return rows.map(countRow);
    },

    async statsCounts(query: StatsCountQuery): Promise<RollupRow[]> {
      const { rows } = await pool.query(STATS_BY_PERIOD[query.interval], [...scope(query), query.topic ?? null, query.intent ?? null]);
      return rows.map(statsRow);
    },

    async rebuildCounts(): Promise<void> {
      await transaction(async (client) => {
        // Taken whole so no insert adds to the counts between the delete and the recount.
        await client.query('LOCK TABLE events, stats_counts, stats_days, stats_day_topics IN EXCLUSIVE MODE');
        await client.query('DELETE FROM stats_counts');
        await client.query(`
          INSERT INTO stats_counts (${STATS_LIST}, count)
          SELECT municipality, day, type, coalesce(topic, ''), coalesce(intent, ''), coalesce(recommended, ''), coalesce(chosen, ''),
                 coalesce(kind, ''), coalesce(helped::int, -1), assisted::int, count(*)
          FROM events GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10`);
        await client.query('DELETE FROM stats_days');
        await client.query(`
          INSERT INTO stats_days (${DAY_LIST}, count)
          SELECT municipality, day, type, intent, recommended, chosen, kind, helped, CASE WHEN type = 'routed' THEN assisted ELSE 0 END, sum(count)
          FROM stats_counts GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`);
        await client.query('DELETE FROM stats_day_topics');
        await client.query(`
          INSERT INTO stats_day_topics (${TOPIC_LIST}, routed, selfservice)
          SELECT municipality, day, topic, intent, sum(count), sum(CASE WHEN recommended = 'selfservice' THEN count ELSE 0 END)
          FROM stats_counts WHERE type = 'routed' GROUP BY 1, 2, 3, 4`);
      });
    },

    async statsTallies(query: TallyQuery): Promise<StatsCounts> {
      const reads = TALLY_READS[query.interval];
      const starts = periodStarts(query.from, query.to, query.interval);
      const params = [...scope(query), query.intent ?? null, ...(query.interval === 'week' ? [starts.days, starts.firstDays] : [])];
      const pairs = query.integratedSelfservice;
      // One repeatable-read snapshot, so the four parts see the same commits.
      return transaction(async (client) => {
        await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
        const tallies = await client.query(reads.tallies, params);
        const integrated = await client.query(reads.integrated, [...params, pairs.map((p) => p[0]), pairs.map((p) => p[1])]);
        const topics = await client.query(reads.topics, params);
        const rangeTopics = await client.query(reads.rangeTopics, params);
        return statsCountsRows({ tallies: tallies.rows, integrated: integrated.rows, topics: topics.rows, rangeTopics: rangeTopics.rows }, query.from);
      });
    },

    async notFoundWords(range: DayRange, limit = 100): Promise<WordsCount[]> {
      const { rows } = await pool.query<WordsCount>(
        `SELECT words, count(*)::integer AS count FROM events
         WHERE words IS NOT NULL AND ($1::text IS NULL OR municipality = $1) AND day BETWEEN $2 AND $3
         GROUP BY words ORDER BY count DESC, words LIMIT $4`,
        [...scope(range), limit],
      );
      return rows;
    },

    async purgeWordsBefore(day: string): Promise<number> {
      const result = await pool.query('UPDATE events SET words = NULL WHERE words IS NOT NULL AND day < $1', [day]);
      return result.rowCount ?? 0;
    },

    async insertContact(contact: ContactEvent, municipality: string, receivedAt: Date): Promise<InsertResult> {
      const row = contactRow(contact, municipality, receivedAt);
      const result = await pool.query(
        `INSERT INTO contacts (id, municipality, ts, day, received_at, topic, intent, came, solved_at_first_contact, self_service_with_help)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING`,
        [row.id, row.municipality, row.ts, row.day, row.receivedAt, row.topic, row.intent, row.came, row.solvedAtFirstContact, row.selfServiceWithHelp],
      );
      const stored = result.rowCount ?? 0;
      return { accepted: stored, duplicates: 1 - stored };
    },

    async contactCounts(query: CountQuery): Promise<ContactRollupRow[]> {
      const { rows } = await pool.query(
        `SELECT ${CONTACT_GROUP}, count(*)::integer AS count FROM contacts
         WHERE ($1::text IS NULL OR municipality = $1) AND day BETWEEN $2 AND $3
           AND ($4::text IS NULL OR topic = $4) AND ($5::text IS NULL OR intent = $5)
         GROUP BY ${CONTACT_GROUP} ORDER BY ${CONTACT_ORDER}`,
        [...scope(query), query.topic ?? null, query.intent ?? null],
      );
      return rows.map(contactCountRow);
    },

    async createUser(user: NewStaffUser): Promise<StaffUser> {
      try {
        const { rows } = await pool.query<UserRow>('INSERT INTO users (username, password_hash, role, municipality) VALUES ($1, $2, $3, $4) RETURNING *', [
          user.username,
          user.passwordHash,
          user.role,
          user.municipality,
        ]);
        return toUser(rows[0]!);
      } catch (error) {
        if (errorCode(error) === '23505') throw new UsernameTakenError(user.username);
        throw error;
      }
    },

    async listUsers(): Promise<StaffUser[]> {
      const { rows } = await pool.query<UserRow>('SELECT * FROM users ORDER BY username');
      return rows.map(toUser);
    },

    async findUser(username: string) {
      const { rows } = await pool.query<UserRow>('SELECT * FROM users WHERE username = $1', [username]);
      return rows[0] ? { user: toUser(rows[0]), passwordHash: rows[0].password_hash } : null;
    },

    async removeUser(username: string): Promise<boolean> {
      return transaction(async (client) => {
        await client.query('DELETE FROM login_failures WHERE username = $1', [username]);
        // The sessions go with the user (ON DELETE CASCADE).
        const result = await client.query('DELETE FROM users WHERE username = $1', [username]);
        return result.rowCount === 1;
      });
    },

    async setPassword(username: string, passwordHash: string): Promise<boolean> {
      return transaction(async (client) => {
        const { rows } = await client.query<{ id: number }>('UPDATE users SET password_hash = $2 WHERE username = $1 RETURNING id', [username, passwordHash]);
        if (!rows[0]) return false;
        await client.query('DELETE FROM sessions WHERE user_id = $1', [rows[0].id]);
        await client.query('DELETE FROM login_failures WHERE username = $1', [username]);
        return true;
      });
    },

    async createSession(userId: number, expiresAt: Date): Promise<string> {
      const id = newSessionId();
      await pool.query('INSERT INTO sessions (id_hash, user_id, expires_at) VALUES ($1, $2, $3)', [sessionKey(id), userId, expiresAt]);
      return id;
    },

    async findSession(sessionId: string, now: Date): Promise<StaffSession | null> {
      const { rows } = await pool.query<UserRow & { expires_at: Date }>(
        'SELECT users.*, sessions.expires_at FROM sessions JOIN users ON users.id = sessions.user_id WHERE id_hash = $1 AND expires_at > $2',
        [sessionKey(sessionId), now],
      );
      return rows[0] ? { user: toUser(rows[0]), expiresAt: rows[0].expires_at } : null;
    },

    async deleteSession(sessionId: string): Promise<void> {
      await pool.query('DELETE FROM sessions WHERE id_hash = $1', [sessionKey(sessionId)]);
    },

    async deleteSessionsOf(userId: number): Promise<number> {
      return (await pool.query('DELETE FROM sessions WHERE user_id = $1', [userId])).rowCount ?? 0;
    },

    async deleteExpiredSessions(now: Date): Promise<number> {
      return (await pool.query('DELETE FROM sessions WHERE expires_at <= $1', [now])).rowCount ?? 0;
    },

    async recordLoginFailure(username: string, at: Date): Promise<void> {
      await pool.query('INSERT INTO login_failures (username, at) VALUES ($1, $2)', [username, at]);
    },

    async countLoginFailures(username: string, since: Date): Promise<number> {
      const { rows } = await pool.query<{ n: number }>('SELECT count(*)::integer AS n FROM login_failures WHERE username = $1 AND at >= $2', [username, since]);
      return rows[0]!.n;
    },

    async latestLoginFailures(username: string, limit: number): Promise<Date[]> {
      const { rows } = await pool.query<{ at: Date }>('SELECT at FROM login_failures WHERE username = $1 ORDER BY at DESC LIMIT $2', [username, limit]);
      return rows.map((row) => row.at);
    },

    async clearLoginFailures(username: string): Promise<void> {
      await pool.query('DELETE FROM login_failures WHERE username = $1', [username]);
    },

    async deleteLoginFailuresBefore(before: Date): Promise<number> {
      return (await pool.query('DELETE FROM login_failures WHERE at < $1', [before])).rowCount ?? 0;
    },

    async close(): Promise<void> {
      await pool.end();
    },
  };
}
