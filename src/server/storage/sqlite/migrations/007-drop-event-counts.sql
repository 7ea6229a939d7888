-- The roll-up by every dimension goes (issue 15, the collector's write goals): since migration
-- 004 no statistic reads it (they read stats_counts and the daily sums, which the insert keeps),
-- and what read it (counts(): tests, tools and the demo's "is there a year already") now groups
-- the events table itself. Its upsert on every insert bought nothing the statistics need; its
-- rows also kept the language and canUseDigital, which no statistic reads. rebuildCounts()
-- recounts stats_counts from the events.
DROP TABLE event_counts;
