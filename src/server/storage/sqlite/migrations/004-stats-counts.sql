-- The statistics' own roll-ups (issue 15, the read side), which /api/stats and the export read;
-- event_counts stays for the counts that name every dimension. Both are filled here from
-- event_counts, so a database migrated with a year in it answers at once.

-- By day: event_counts without the two dimensions no statistic reads (lang, can_use_digital),
-- a third fewer rows per day.

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

-- By ISO week (week: its Monday), for the whole weeks of a range, with only what a statistic
-- reads: a topic and assisted on routed decisions only ('' and 0 on the others), which merges
-- rows the statistics would only add up. A query filtered by topic reads stats_counts instead.
CREATE TABLE stats_weeks (
  municipality    TEXT NOT NULL,
  week            TEXT NOT NULL,
  type            TEXT NOT NULL,
  topic           TEXT NOT NULL,
  intent          TEXT NOT NULL,
  recommended     TEXT NOT NULL,
  chosen          TEXT NOT NULL,
  kind            TEXT NOT NULL,
  helped          INTEGER NOT NULL,
  assisted        INTEGER NOT NULL,
  count           INTEGER NOT NULL,
  PRIMARY KEY (municipality, week, type, topic, intent, recommended, chosen, kind, helped, assisted)
) WITHOUT ROWID;

INSERT INTO stats_weeks (municipality, week, type, topic, intent, recommended, chosen, kind, helped, assisted, count)
SELECT municipality, date(day, 'weekday 0', '-6 days'), type,
       CASE WHEN type = 'routed' THEN topic ELSE '' END, intent, recommended, chosen, kind, helped,
       CASE WHEN type = 'routed' THEN assisted ELSE 0 END, sum(count)
FROM stats_counts
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
