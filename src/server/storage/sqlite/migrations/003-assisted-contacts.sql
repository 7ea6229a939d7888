-- Assisted contacts (issue 17): one row per contact a staff member registered in the console.
-- Who registered it is not stored; the municipality is the staff member's, from the session.
-- Few rows (staff register them by hand), so the statistics group them at query time.

CREATE TABLE contacts (
  id                      TEXT PRIMARY KEY,    -- the console's uuid: the idempotency key
  municipality            TEXT NOT NULL,
  ts                      TEXT NOT NULL,       -- as sent, with its offset
  day                     TEXT NOT NULL,       -- local date of ts in Europe/Copenhagen
  received_at             INTEGER NOT NULL,    -- the server's clock
  topic                   TEXT,
  intent                  TEXT,
  came                    TEXT NOT NULL CHECK (came IN ('phone', 'desk', 'chat')),
  solved_at_first_contact INTEGER NOT NULL,
  self_service_with_help  INTEGER NOT NULL
);

CREATE INDEX contacts_by_day ON contacts (municipality, day);
