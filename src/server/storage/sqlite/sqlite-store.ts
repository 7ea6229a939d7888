/**
 * The embedded store, the default: one file, no server to run. better-sqlite3 is synchronous, so
 * each call runs to its commit before the next starts; the methods are async only to share the
 * interface with PostgreSQL.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
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
import { type CheckpointerOptions, DEFAULT_CHECKPOINTER, startCheckpointer } from './checkpointer.js';
import {
  CONTACT_GROUP,
  CONTACT_ORDER,
  contactCountRow,
  contactRow,
  countRow,
  DAY_COLUMNS,
  INTEGRATED_SELECT,
  newSessionId,
  RANGE_TOPICS_SELECT,
  receivedRows,
  groupIncrements,
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

/** How long a connection waits for another's write lock before giving up. */
const BUSY_TIMEOUT_MS = 10_000;

/** Applies what is missing; each migration re-reads the version under a write lock, so two processes opening one new file apply it once. */
function migrate(db: Database.Database, file: string): void {
  const migrations = readMigrations(MIGRATIONS_DIR);
  const version = () => db.pragma('user_version', { simple: true }) as number;
  checkNotNewer(version(), migrations, file);
  for (const m of migrations) {
    db.transaction(() => {
      if (version() >= m.version) return;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}

interface UserRow {
  id: number;
  username: string;
  password_hash: string;
  role: StaffRole;
  municipality: string | null;
  created_at: number;
}

const toUser = (row: UserRow): StaffUser => ({
  id: row.id,
  username: row.username,
  role: row.role,
  municipality: row.municipality,
  createdAt: new Date(row.created_at),
});

/** The range and filters of a statistics query, as in counts(). */
const STATS_WHERE = `WHERE (@municipality IS NULL OR municipality = @municipality) AND day BETWEEN @from AND @to
  AND (@topic IS NULL OR topic = @topic) AND (@intent IS NULL OR intent = @intent)`;

const bool = (value: boolean | null): number | null => (value === null ? null : value ? 1 : 0);

const EVENT_COLUMNS =
  'id, municipality, session, type, ts, day, received_at, lang, assisted, topic, intent, recommended, alternatives, authority, can_use_digital, open, caution, chosen, kind, helped, words';

function eventValues(row: EventRow): unknown[] {
  return [
    row.id,
    row.municipality,
    row.session,
    row.type,
    row.ts,
    row.day,
    row.receivedAt.getTime(),
    row.lang,
    row.assisted ? 1 : 0,
    row.topic,
    row.intent,
    row.recommended,
    row.alternatives,
    row.authority,
    bool(row.canUseDigital),
    bool(row.open),
    bool(row.caution),
    row.chosen,
    row.kind,
    bool(row.helped),
    row.words,
  ];
}

export interface SqliteStoreOptions {
  /** How the worker thread checkpoints the WAL (checkpointer.ts). */
  checkpoints?: CheckpointerOptions;
}

/** Opens (creating the file and its folder when missing) and migrates the database at `file`. */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): EventStore {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  // WAL lets the statistics read while the collector writes. synchronous=NORMAL syncs at
  // checkpoints rather than at every commit: a committed transaction survives a crash of the
  // process (the SIGKILL test), though the last ones may be lost if the machine loses power.
  const wal = db.pragma('journal_mode = WAL', { simple: true }) === 'wal';
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  migrate(db, file);
  // The WAL is copied into the database by a worker thread, not by the commits (checkpointer.ts);
  // an in-memory database (some tests) has no WAL.
  const checkpointer = wal ? startCheckpointer(db, file, BUSY_TIMEOUT_MS, options.checkpoints ?? DEFAULT_CHECKPOINTER) : null;

  const insertEvent = db.prepare(
    `INSERT INTO events (${EVENT_COLUMNS}) VALUES (${EVENT_COLUMNS.split(',')
      .map(() => '?')
      .join(', ')}) ON CONFLICT (id) DO NOTHING`,
  );
  /** The upsert that adds a group's increments to one roll-up: the key's columns, then its counters. */
  const adder = (table: string, keys: readonly string[], counters: readonly string[] = ['count']) =>
    db.prepare(
      `INSERT INTO ${table} (${[...keys, ...counters].join(', ')}) VALUES (${[...keys, ...counters].map(() => '?').join(', ')})
       ON CONFLICT (${keys.join(', ')}) DO UPDATE SET ${counters.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`,
    );

  const statsList = STATS_COLUMNS.join(', ');
  const addStatsCount = adder('stats_counts', STATS_COLUMNS);
  // The first day of a row's period, for every read by period: its own day, or its week's Monday
  // ('weekday 0' moves to the coming Sunday, or stays on one) but not before the range's first
  // day. Joining periodStarts's list through json_each instead took seconds.
  const periodOf = { day: 'day', week: "max(date(day, 'weekday 0', '-6 days'), @from)" };
  const statsByPeriod = {
    day: db.prepare(`${STATS_SELECT.replace('{period}', periodOf.day)} ${STATS_WHERE} ${STATS_GROUP}`),
    week: db.prepare(`${STATS_SELECT.replace('{period}', periodOf.week)} ${STATS_WHERE} ${STATS_GROUP}`),
  };

  const dayList = DAY_COLUMNS.join(', ');
  const addDayCount = adder('stats_days', DAY_COLUMNS);
  const topicList = TOPIC_COLUMNS.join(', ');
  const addTopicCount = adder('stats_day_topics', TOPIC_COLUMNS, ['routed', 'selfservice']);
  // The reads of /api/stats: `{period}` as statsByPeriod's; the integrated topics arrive as JSON pairs.
  // One municipality's range is a search of the primary key; `@municipality IS NULL OR …` would
  // make every read a scan of the whole table, every year of it.
  const tallyWhere = (one: boolean) => `WHERE ${one ? 'municipality = @municipality AND ' : ''}day BETWEEN @from AND @to AND (@intent IS NULL OR intent = @intent)`;
  const tallyReads = (interval: 'day' | 'week', one: boolean) => {
    const fill = (sql: string) =>
      sql
        .replaceAll('{period}', periodOf[interval])
        .replace('{where}', tallyWhere(one))
        .replace('{integrated}', 'SELECT value ->> 0, value ->> 1 FROM json_each(@integrated)')
        .replace('{collate}', '')
        .replace('{limit}', String(TOP_TOPICS));
    return {
      tallies: db.prepare(fill(TALLY_SELECT)),
      integrated: db.prepare(fill(INTEGRATED_SELECT)),
      topics: db.prepare(fill(TOP_TOPICS_SELECT)),
      rangeTopics: db.prepare(fill(RANGE_TOPICS_SELECT)),
    };
  };
  const tallyByPeriod = {
    one: { day: tallyReads('day', true), week: tallyReads('week', true) },
    all: { day: tallyReads('day', false), week: tallyReads('week', false) },
  };
  const readTallies = db.transaction((query: TallyQuery): StatsCounts => {
    const reads = tallyByPeriod[query.municipality === '*' ? 'all' : 'one'][query.interval];
    const params = { ...scope(query), intent: query.intent ?? null };
    const all = (statement: Database.Statement, extra: object = {}) => statement.all({ ...params, ...extra }) as Record<string, unknown>[];
    return statsCountsRows(
      {
        tallies: all(reads.tallies),
        integrated: all(reads.integrated, { integrated: JSON.stringify(query.integratedSelfservice) }),
        topics: all(reads.topics),
        rangeTopics: all(reads.rangeTopics),
      },
      query.from,
    );
  });

  // `changes` says whether ON CONFLICT skipped the row: the same answer as RETURNING id, without
  // reading a result row back per event.
  const insertBatch = db.transaction((rows: EventRow[]): Set<string> => {
    const stored = rows.filter((row) => insertEvent.run(eventValues(row)).changes === 1);
    const increments = groupIncrements(stored);
    for (const { key, count } of increments.stats) addStatsCount.run([...key, count]);
    for (const { key, count } of increments.days) addDayCount.run([...key, count]);
    for (const { key, routed, selfservice } of increments.topics) addTopicCount.run([...key, routed, selfservice]);
    return new Set(stored.map((row) => row.id));
  });

  /** Waits while the checkpointer restarts the WAL (it needs the write lock), then inserts. */
  async function insertReceived(events: readonly ReceivedEvent[]): Promise<Set<string>> {
    const pause = checkpointer?.pause();
    if (pause) await pause;
    return insertBatch.immediate(receivedRows(events));
  }

  const rebuild = db.transaction(() => {
    db.exec(`DELETE FROM stats_counts;
      INSERT INTO stats_counts (${statsList}, count)
      SELECT municipality, day, type, coalesce(topic, ''), coalesce(intent, ''), coalesce(recommended, ''), coalesce(chosen, ''),
             coalesce(kind, ''), coalesce(helped, -1), assisted, count(*)
      FROM events GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
      DELETE FROM stats_days;
      INSERT INTO stats_days (${dayList}, count)
      SELECT municipality, day, type, intent, recommended, chosen, kind, helped, CASE WHEN type = 'routed' THEN assisted ELSE 0 END, sum(count)
      FROM stats_counts GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
      DELETE FROM stats_day_topics;
      INSERT INTO stats_day_topics (${topicList}, routed, selfservice)
      SELECT municipality, day, topic, intent, sum(count), sum(CASE WHEN recommended = 'selfservice' THEN count ELSE 0 END)
      FROM stats_counts WHERE type = 'routed' GROUP BY 1, 2, 3, 4`);
  });

  const usersByName = db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?');

  const setPassword = db.transaction((username: string, hash: string): boolean => {
    const user = usersByName.get(username);
    if (!user) return false;
    db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(hash, user.id);
    db.prepare('DELETE FROM sessions WHERE user_id = ?').run(user.id);
    db.prepare('DELETE FROM login_failures WHERE username = ?').run(username);
    return true;
  });

  const removeUser = db.transaction((username: string): boolean => {
    db.prepare('DELETE FROM login_failures WHERE username = ?').run(username);
    // The sessions go with the user (ON DELETE CASCADE).
    return db.prepare('DELETE FROM users WHERE username = ?').run(username).changes === 1;
  });

  /** null for '*' (every municipality), so one statement serves both. */
  const scope = (range: DayRange) => ({ municipality: range.municipality === '*' ? null : range.municipality, from: range.from, to: range.to });

  return {
    async insertEvents(events: readonly LogEvent[], receivedAt: Date): Promise<InsertResult> {
      const accepted = (await insertReceived(events.map((event) => ({ event, receivedAt })))).size;
      return { accepted, duplicates: events.length - accepted };
    },

    insertReceivedEvents: insertReceived,

    async counts(query: CountQuery): Promise<CountRow[]> {
      // Grouped from the events themselves: no statistic reads these (they serve tests, tools and
      // the demo's "is there a year already"), so no roll-up is kept for them on every insert.
      const rows = db
        .prepare(
          `SELECT municipality, day, type, coalesce(topic, '') AS topic, coalesce(intent, '') AS intent, coalesce(recommended, '') AS recommended,
                  coalesce(chosen, '') AS chosen, coalesce(kind, '') AS kind, coalesce(helped, -1) AS helped, assisted,
                  coalesce(can_use_digital, -1) AS can_use_digital, lang, count(*) AS count
           FROM events
           WHERE (@municipality IS NULL OR municipality = @municipality) AND day BETWEEN @from AND @to
             AND (@topic IS NULL OR events.topic = @topic) AND (@intent IS NULL OR events.intent = @intent)
           GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
           ORDER BY day, municipality`,
        )
        .all({ ...scope(query), topic: query.topic ?? null, intent: query.intent ?? null }) as Record<string, unknown>[];
      return rows.map(countRow);
    },

    async statsCounts(query: StatsCountQuery): Promise<RollupRow[]> {
      const params = { ...scope(query), topic: query.topic ?? null, intent: query.intent ?? null };
      return (statsByPeriod[query.interval].all(params) as Record<string, unknown>[]).map(statsRow);
    },

    async statsTallies(query: TallyQuery): Promise<StatsCounts> {
      return readTallies(query);
    },

    async rebuildCounts(): Promise<void> {
      rebuild.immediate();
    },

    async notFoundWords(range: DayRange, limit = 100): Promise<WordsCount[]> {
      return db
        .prepare(
          `SELECT words, count(*) AS count FROM events
           WHERE words IS NOT NULL AND (@municipality IS NULL OR municipality = @municipality) AND day BETWEEN @from AND @to
           GROUP BY words ORDER BY count DESC, words LIMIT @limit`,
        )
        .all({ ...scope(range), limit }) as WordsCount[];
    },

    async purgeWordsBefore(day: string): Promise<number> {
      return db.prepare('UPDATE events SET words = NULL WHERE words IS NOT NULL AND day < ?').run(day).changes;
    },

    async insertContact(contact: ContactEvent, municipality: string, receivedAt: Date): Promise<InsertResult> {
      const row = contactRow(contact, municipality, receivedAt);
      const stored = db
        .prepare(
          `INSERT INTO contacts (id, municipality, ts, day, received_at, topic, intent, came, solved_at_first_contact, self_service_with_help)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
        )
        .run(row.id, row.municipality, row.ts, row.day, row.receivedAt.getTime(), row.topic, row.intent, row.came, bool(row.solvedAtFirstContact), bool(row.selfServiceWithHelp)).changes;
      return { accepted: stored, duplicates: 1 - stored };
    },

    async contactCounts(query: CountQuery): Promise<ContactRollupRow[]> {
      const rows = db
        .prepare(
          `SELECT ${CONTACT_GROUP}, count(*) AS count FROM contacts
           WHERE (@municipality IS NULL OR municipality = @municipality) AND day BETWEEN @from AND @to
             AND (@topic IS NULL OR topic = @topic) AND (@intent IS NULL OR intent = @intent)
           GROUP BY ${CONTACT_GROUP} ORDER BY ${CONTACT_ORDER}`,
        )
        .all({ ...scope(query), topic: query.topic ?? null, intent: query.intent ?? null }) as Record<string, unknown>[];
      return rows.map(contactCountRow);
    },

    async createUser(user: NewStaffUser): Promise<StaffUser> {
      try {
        const row = db
          .prepare<unknown[], UserRow>('INSERT INTO users (username, password_hash, role, municipality, created_at) VALUES (?, ?, ?, ?, ?) RETURNING *')
          .get(user.username, user.passwordHash, user.role, user.municipality, Date.now())!;
        return toUser(row);
      } catch (error) {
        if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE') throw new UsernameTakenError(user.username);
        throw error;
      }
    },

    async listUsers(): Promise<StaffUser[]> {
      return db.prepare<[], UserRow>('SELECT * FROM users ORDER BY username').all().map(toUser);
    },

    async findUser(username: string) {
      const row = usersByName.get(username);
      return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
    },

    async removeUser(username: string): Promise<boolean> {
      return removeUser.immediate(username);
    },

    async setPassword(username: string, passwordHash: string): Promise<boolean> {
      return setPassword.immediate(username, passwordHash);
    },

    async createSession(userId: number, expiresAt: Date): Promise<string> {
      const id = newSessionId();
      db.prepare('INSERT INTO sessions (id_hash, user_id, expires_at) VALUES (?, ?, ?)').run(sessionKey(id), userId, expiresAt.getTime());
      return id;
    },

    async findSession(sessionId: string, now: Date): Promise<StaffSession | null> {
      const row = db
        .prepare<[string, number], UserRow & { expires_at: number }>('SELECT users.*, sessions.expires_at FROM sessions JOIN users ON users.id = sessions.user_id WHERE id_hash = ? AND expires_at > ?')
        .get(sessionKey(sessionId), now.getTime());
      return row ? { user: toUser(row), expiresAt: new Date(row.expires_at) } : null;
    },

    async deleteSession(sessionId: string): Promise<void> {
      db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(sessionKey(sessionId));
    },

    async deleteSessionsOf(userId: number): Promise<number> {
      return db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId).changes;
    },

    async deleteExpiredSessions(now: Date): Promise<number> {
      return db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now.getTime()).changes;
    },

    async recordLoginFailure(username: string, at: Date): Promise<void> {
      db.prepare('INSERT INTO login_failures (username, at) VALUES (?, ?)').run(username, at.getTime());
    },

    async countLoginFailures(username: string, since: Date): Promise<number> {
      const row = db.prepare<[string, number], { n: number }>('SELECT count(*) AS n FROM login_failures WHERE username = ? AND at >= ?').get(username, since.getTime());
      return row!.n;
    },

    async latestLoginFailures(username: string, limit: number): Promise<Date[]> {
      return db
        .prepare<[string, number], { at: number }>('SELECT at FROM login_failures WHERE username = ? ORDER BY at DESC LIMIT ?')
        .all(username, limit)
        .map((row) => new Date(row.at));
    },

    async clearLoginFailures(username: string): Promise<void> {
      db.prepare('DELETE FROM login_failures WHERE username = ?').run(username);
    },

    async deleteLoginFailuresBefore(before: Date): Promise<number> {
      return db.prepare('DELETE FROM login_failures WHERE at < ?').run(before.getTime()).changes;
    },

    async close(): Promise<void> {
      await checkpointer?.stop();
      db.close();
    },
  };
}
