-- Staff accounts, their sessions and failed logins (issue 15): in the database, so that every
-- server on it sees the same sessions and the same lock.

CREATE TABLE users (
  id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,  -- integer: pg reads bigint as a string
  username      text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  role          text NOT NULL CHECK (role IN ('manager', 'staff', 'operator')),
  municipality  text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  -- Operators see every municipality; managers and staff belong to exactly one.
  CHECK ((role = 'operator') = (municipality IS NULL))
);

CREATE TABLE sessions (
  id_hash    text PRIMARY KEY,              -- SHA-256 of the cookie's id
  user_id    integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE login_failures (
  username text NOT NULL,
  at       timestamptz NOT NULL
);
CREATE INDEX login_failures_by_user ON login_failures (username, at);
