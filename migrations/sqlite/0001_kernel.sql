-- The kernel's own tables: facts about this database, and the outbox of local changes
-- waiting to be pushed to a sync server.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- This device's mutation counter: every local mutation takes the next number. With the
-- device id it is a push's idempotency key, and it is never reused.
CREATE TABLE mutation_counter (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    last INTEGER NOT NULL
);
INSERT INTO mutation_counter (id, last) VALUES (1, 0);

-- One entry per changed row, written in the same transaction as every mutation of the
-- row: it holds the row's newest mutation number and version. A push sends the row's
-- current state under that number; an acknowledged push removes the entry unless the row
-- changed again meanwhile (a newer mutation number).
CREATE TABLE outbox (
    entity_id TEXT PRIMARY KEY NOT NULL,
    entity    TEXT NOT NULL,
    mutation  INTEGER NOT NULL,
    version   INTEGER NOT NULL CHECK (version >= 1),
    queued_at TEXT NOT NULL
) WITHOUT ROWID;
