-- The routing log (issue 15): one row per event, and the roll-up the statistics read.
-- Booleans are 0/1 and times are milliseconds since the epoch, SQLite having neither type.

CREATE TABLE events (
  id              TEXT PRIMARY KEY,         -- the sender's uuid: the idempotency key
  municipality    TEXT NOT NULL,
  session         TEXT NOT NULL,
  type            TEXT NOT NULL,
  ts              TEXT NOT NULL,            -- as sent, with its offset
  day             TEXT NOT NULL,            -- local date of ts in Europe/Copenhagen
  received_at     INTEGER NOT NULL,         -- the server's clock
  lang            TEXT NOT NULL,
  assisted        INTEGER NOT NULL,
  topic           TEXT,
  intent          TEXT,
  recommended     TEXT,
  alternatives    TEXT,                     -- JSON array of channels
  authority       TEXT,
  can_use_digital INTEGER,
  open            INTEGER,
  caution         INTEGER,
  chosen          TEXT,
  kind            TEXT,
  helped          INTEGER,
  words           TEXT                      -- redacted; purged after 90 days
);

CREATE INDEX events_by_day ON events (municipality, day);
-- The purge and the not-found list read only rows that still hold words.
CREATE INDEX events_with_words ON events (day) WHERE words IS NOT NULL;

-- One row per municipality × local day × every dimension the statistics group by. Absent values
-- are '' or -1, not NULL, because a unique key treats NULLs as all different.
CREATE TABLE event_counts (
  municipality    TEXT NOT NULL,
  day             TEXT NOT NULL,
  type            TEXT NOT NULL,
  topic           TEXT NOT NULL,
  intent          TEXT NOT NULL,
  recommended     TEXT NOT NULL,
  chosen          TEXT NOT NULL,
  kind            TEXT NOT NULL,
  helped          INTEGER NOT NULL,
  assisted        INTEGER NOT NULL,
  can_use_digital INTEGER NOT NULL,
  lang            TEXT NOT NULL,
  count           INTEGER NOT NULL,
  PRIMARY KEY (municipality, day, type, topic, intent, recommended, chosen, kind, helped, assisted, can_use_digital, lang)
) WITHOUT ROWID;

CREATE INDEX event_counts_by_day ON event_counts (day);
