-- The kernel's own tables: facts about this database, and the outbox of local mutations
-- waiting to be pushed to a sync server.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- One entry per local mutation, written in the same transaction as the row.
-- (device_id from meta, mutation) is the push's idempotency key; AUTOINCREMENT
-- guarantees a mutation number is never reused, even after entries are pushed and removed.
CREATE TABLE outbox (
    mutation  INTEGER PRIMARY KEY AUTOINCREMENT,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    version   INTEGER NOT NULL CHECK (version >= 1),
    queued_at TEXT NOT NULL
);
