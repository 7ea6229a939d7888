-- The statistics' daily sums (issue 15, the read side by day), which /api/stats reads: a year by
-- day was tens of thousands of stats_counts rows, since every routed topic has a row of its own
-- each day. Split in two, each with only what its statistics read, and both filled here from
-- stats_counts, so a database migrated with a year in it answers at once.

-- stats_weeks's key by day, without the topic: a few dozen rows a day.
CREATE TABLE stats_days (
  municipality    TEXT NOT NULL,
  day             TEXT NOT NULL,
  type            TEXT NOT NULL,
  intent          TEXT NOT NULL,
  recommended     TEXT NOT NULL,
  chosen          TEXT NOT NULL,
  kind            TEXT NOT NULL,
  helped          INTEGER NOT NULL,
  assisted        INTEGER NOT NULL,
  count           INTEGER NOT NULL,
  PRIMARY KEY (municipality, day, type, intent, recommended, chosen, kind, helped, assisted)
) WITHOUT ROWID;

INSERT INTO stats_days (municipality, day, type, intent, recommended, chosen, kind, helped, assisted, count)
SELECT municipality, day, type, intent, recommended, chosen, kind, helped, CASE WHEN type = 'routed' THEN assisted ELSE 0 END, sum(count)
FROM stats_counts
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;

-- Routed decisions by topic (topics most routed) and, of them, recommended self-service (its
-- price depends on the topic): one row per topic a day. The inquiry type is kept for its filter.
CREATE TABLE stats_day_topics (
  municipality    TEXT NOT NULL,
  day             TEXT NOT NULL,
  topic           TEXT NOT NULL,
  intent          TEXT NOT NULL,
  routed          INTEGER NOT NULL,
  selfservice     INTEGER NOT NULL,
  PRIMARY KEY (municipality, day, topic, intent)
) WITHOUT ROWID;

INSERT INTO stats_day_topics (municipality, day, topic, intent, routed, selfservice)
SELECT municipality, day, topic, intent, sum(count), sum(CASE WHEN recommended = 'selfservice' THEN count ELSE 0 END)
FROM stats_counts
WHERE type = 'routed'
GROUP BY 1, 2, 3, 4;
