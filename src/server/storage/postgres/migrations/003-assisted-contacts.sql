-- Assisted contacts (issue 17): one row per contact a staff member registered in the console.
-- Who registered it is not stored; the municipality is the staff member's, from the session.
-- Few rows (staff register them by hand), so the statistics group them at query time.

CREATE TABLE contacts (
  id                      uuid PRIMARY KEY,    -- the console's uuid: the idempotency key
  municipality            text NOT NULL,
  ts                      timestamptz NOT NULL,
  day                     text NOT NULL,       -- local date of ts in Europe/Copenhagen, yyyy-mm-dd
  received_at             timestamptz NOT NULL, -- the server's clock
  topic                   text,
  intent                  text,
  came                    text NOT NULL CHECK (came IN ('phone', 'desk', 'chat')),
  solved_at_first_contact boolean NOT NULL,
  self_service_with_help  boolean NOT NULL
);

CREATE INDEX contacts_by_day ON contacts (municipality, day);
