-- Habits and fasting, and natural keys.
--
-- Every entity table gains `natural_key`: NULL for ordinary rows; for derived rows that
-- must merge across devices (one check-in per habit and day, one running fast) the
-- entity's natural key, kept only while the row is live. A partial unique index keeps
-- one live row per key in each table whose kind can have one.

ALTER TABLE note ADD COLUMN natural_key TEXT;
ALTER TABLE task ADD COLUMN natural_key TEXT;
ALTER TABLE person ADD COLUMN natural_key TEXT;
ALTER TABLE place ADD COLUMN natural_key TEXT;

CREATE TABLE habit (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 26),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    version     INTEGER NOT NULL CHECK (version >= 1),
    fields      TEXT NOT NULL CHECK (json_valid(fields)),
    natural_key TEXT
);

CREATE TABLE habit_checkin (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 26),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    version     INTEGER NOT NULL CHECK (version >= 1),
    fields      TEXT NOT NULL CHECK (json_valid(fields)),
    natural_key TEXT
);
CREATE UNIQUE INDEX habit_checkin_natural_key ON habit_checkin (natural_key)
    WHERE natural_key IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX habit_checkin_habit ON habit_checkin (json_extract(fields, '$.habit_id'));

CREATE TABLE fast (
    id          TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 26),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT,
    version     INTEGER NOT NULL CHECK (version >= 1),
    fields      TEXT NOT NULL CHECK (json_valid(fields)),
    natural_key TEXT
);
CREATE UNIQUE INDEX fast_natural_key ON fast (natural_key)
    WHERE natural_key IS NOT NULL AND deleted_at IS NULL;

-- Rows whose natural key a row from the server took while they held it locally (the
-- server keeps one live row per key, so its row holds the column). A shadowed row keeps
-- its fields and stays live; it gets its key column back as soon as the key is free
-- again (the server's row was an older version, later deleted or moved), or it is
-- retired when the server's log says so. Usually empty.
CREATE TABLE shadowed_key (
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id)
) WITHOUT ROWID;
