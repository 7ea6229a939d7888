-- The weekly roll-up goes (issue 15, the collector's write goals): since migration 005 the
-- statistics without a topic filter read the daily sums, so stats_weeks served only the export
-- by week, which stats_counts answers summed per week as it does by day. Its upsert on every
-- insert cost the collector more than that one read gains from it.
-- IF EXISTS: the contract tests rebuild a version-4 or -5 database without it (they undo the
-- roll-up migrations by dropping the roll-ups the current schema has).
DROP TABLE IF EXISTS stats_weeks;
