-- The statistics' daily sums (issue 15, the read side by day), which /api/stats reads: a year by
-- day was tens of thousands of stats_counts rows, since every routed topic has a row of its own
-- each day. Split in two, each with only what its statistics read, and both filled here from
-- stats_counts, so a database migrated with a year in it answers at once.

-- Text compares byte by byte ("C"): the values are slugs, vocabulary and ISO dates, and the
-- reads sort and group them (a year by day is tens of thousands of topic rows to rank).

-- stats_weeks's key by day, without the topic: a few dozen rows a day.
CREATE TABLE stats_days (
  municipality    text COLLATE "C" NOT NULL,
  day             text COLLATE "C" NOT NULL,
  type            text COLLATE "C" NOT NULL,
  intent          text COLLATE "C" NOT NULL,
  recommended     text COLLATE "C" NOT NULL,
  chosen          text COLLATE "C" NOT NULL,
  kind            text COLLATE "C" NOT NULL,
  helped          smallint NOT NULL,
  assisted        smallint NOT NULL,
  count           bigint NOT NULL,
  PRIMARY KEY (municipality, day, type, intent, recommended, chosen, kind, helped, assisted)
);

INSERT INTO stats_days (municipality, day, type, intent, recommended, chosen, kind, helped, assisted, count)
SELECT municipality, day, type, intent, recommended, chosen, kind, helped, CASE WHEN type = 'routed' THEN assisted ELSE 0 END, sum(count)
FROM stats_counts
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;

-- Routed decisions by topic (topics most routed) and, of them, recommended self-service (its
-- price depends on the topic): one row per topic a day. The inquiry type is kept for its filter.
CREATE TABLE stats_day_topics (
  municipality    text COLLATE "C" NOT NULL,
  day             text COLLATE "C" NOT NULL,
  topic           text COLLATE "C" NOT NULL,
  intent          text COLLATE "C" NOT NULL,
  routed          bigint NOT NULL,
  selfservice     bigint NOT NULL,
  PRIMARY KEY (municipality, day, topic, intent)
);

INSERT INTO stats_day_topics (municipality, day, topic, intent, routed, selfservice)
SELECT municipality, day, topic, intent, sum(count), sum(CASE WHEN recommended = 'selfservice' THEN count ELSE 0 END)
FROM stats_counts
WHERE type = 'routed'
GROUP BY 1, 2, 3, 4;
