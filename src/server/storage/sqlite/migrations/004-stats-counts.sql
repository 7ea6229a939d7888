-- The statistics' own roll-up (issue 15, the read side): event_counts without the two dimensions
-- no statistic reads (lang, can_use_digital), a third fewer rows per day. /api/stats and the
-- export read this table; event_counts stays for the counts that name every dimension.
-- Filled here from event_counts, so a database migrated with a year in it answers at once.

CREATE TABLE stats_counts (
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
  count           INTEGER NOT NULL,
  PRIMARY KEY (municipality, day, type, topic, intent, recommended, chosen, kind, helped, assisted)
) WITHOUT ROWID;

INSERT INTO stats_counts (municipality, day, type, topic, intent, recommended, chosen, kind, helped, assisted, count)
SELECT municipality, day, type, topic, intent, recommended, chosen, kind, helped, assisted, sum(count)
FROM event_counts
GROUP BY municipality, day, type, topic, intent, recommended, chosen, kind, helped, assisted;
