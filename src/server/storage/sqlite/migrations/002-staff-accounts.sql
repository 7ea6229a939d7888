-- Staff accounts, their sessions and failed logins (issue 15), in the store so that two servers
-- on one PostgreSQL share them; SQLite keeps the same tables so both stores pass one contract.

CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('manager', 'staff', 'operator')),
  municipality  TEXT,
  created_at    INTEGER NOT NULL,
  -- Operators see every municipality; managers and staff belong to exactly one.
  CHECK ((role = 'operator') = (municipality IS NULL))
);

CREATE TABLE sessions (
  id_hash    TEXT PRIMARY KEY,              -- SHA-256 of the cookie's id
  user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE login_failures (
  username TEXT NOT NULL,
  at       INTEGER NOT NULL
);
CREATE INDEX login_failures_by_user ON login_failures (username, at);
