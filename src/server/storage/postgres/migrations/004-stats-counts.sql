-- The statistics' own roll-up (issue 15, the read side): event_counts without the two dimensions
-- no statistic reads (lang, can_use_digital), a third fewer rows per day. /api/stats and the
-- export read this table; event_counts stays for the counts that name every dimension.
-- Filled here from event_counts, so a database migrated with a year in it answers at once.

CREATE TABLE stats_counts (
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
  count           bigint NOT NULL,
  PRIMARY KEY (municipality, day, type, topic, intent, recommended, chosen, kind, helped, assisted)
);

INSERT INTO stats_counts (municipality, day, type, topic, intent, recommended, chosen, kind, helped, assisted, count)
SELECT municipality, day, type, topic, intent, recommended, chosen, kind, helped, assisted, sum(count)
FROM event_counts
GROUP BY municipality, day, type, topic, intent, recommended, chosen, kind, helped, assisted;
