-- The four primitives. Every entity table has the kernel columns and its fields as
-- canonical JSON. Indexes only where a filter is selective (a due date); every index
-- costs on each write.

CREATE TABLE note (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 26),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL CHECK (version >= 1),
    fields     TEXT NOT NULL CHECK (json_valid(fields))
);

CREATE TABLE task (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 26),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL CHECK (version >= 1),
    fields     TEXT NOT NULL CHECK (json_valid(fields))
);
CREATE INDEX task_due ON task (json_extract(fields, '$.due'));

CREATE TABLE person (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 26),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL CHECK (version >= 1),
    fields     TEXT NOT NULL CHECK (json_valid(fields))
);

CREATE TABLE place (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 26),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL CHECK (version >= 1),
    fields     TEXT NOT NULL CHECK (json_valid(fields))
);
