-- The routing log (issue 15): one row per event, and the roll-up the statistics read.
-- Tables are created unqualified: the store sets search_path to its configured schema.

CREATE TABLE events (
  id              uuid PRIMARY KEY,         -- the sender's uuid: the idempotency key
  municipality    text NOT NULL,
  session         uuid NOT NULL,
  type            text NOT NULL,
  ts              timestamptz NOT NULL,
  day             text NOT NULL,            -- local date of ts in Europe/Copenhagen, yyyy-mm-dd
  received_at     timestamptz NOT NULL,     -- the server's clock
  lang            text NOT NULL,
  assisted        boolean NOT NULL,
  topic           text,
  intent          text,
  recommended     text,
  alternatives    jsonb,
  authority       text,
  can_use_digital boolean,
  open            boolean,
  caution         boolean,
  chosen          text,
  kind            text,
  helped          boolean,
  words           text                      -- redacted; purged after 90 days
);

CREATE INDEX events_by_day ON events (municipality, day);
-- The purge and the not-found list read only rows that still hold words.
CREATE INDEX events_with_words ON events (day) WHERE words IS NOT NULL;

-- One row per municipality × local day × every dimension the statistics group by. Absent values
-- are '' or -1, not NULL, because a unique key treats NULLs as all different.
CREATE TABLE event_counts (
  municipality    text NOT NULL,
  day             text NOT NULL,
  type            text NOT NULL,
  topic           text NOT NULL,
  intent          text NOT NULL,
  recommended     text NOT NULL,
  chosen          text NOT NULL,
  kind            text NOT NULL,
  helped          smallint NOT NULL,
  assisted        smallint NOT NULL,
  can_use_digital smallint NOT NULL,
  lang            text NOT NULL,
  count           bigint NOT NULL,
  PRIMARY KEY (municipality, day, type, topic, intent, recommended, chosen, kind, helped, assisted, can_use_digital, lang)
);

CREATE INDEX event_counts_by_day ON event_counts (day);
