-- Health (measurements, workouts) and faith (practices, reading plans and their
-- progress). Same shape as every entity table: the kernel columns, canonical JSON and
-- the natural-key column (unused by these kinds).

CREATE TABLE health_metric (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 26),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL CHECK (version >= 1),
    fields     TEXT NOT NULL CHECK (json_valid(fields)),
    natural_key TEXT
);
CREATE INDEX health_metric_recorded ON health_metric (json_extract(fields, '$.recorded_at'));

CREATE TABLE workout (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 26),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL CHECK (version >= 1),
    fields     TEXT NOT NULL CHECK (json_valid(fields)),
    natural_key TEXT
);

CREATE TABLE practice (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 26),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL CHECK (version >= 1),
    fields     TEXT NOT NULL CHECK (json_valid(fields)),
    natural_key TEXT
);

CREATE TABLE reading_plan (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 26),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL CHECK (version >= 1),
    fields     TEXT NOT NULL CHECK (json_valid(fields)),
    natural_key TEXT
);

CREATE TABLE reading_done (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 26),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL CHECK (version >= 1),
    fields     TEXT NOT NULL CHECK (json_valid(fields)),
    natural_key TEXT
);
CREATE INDEX reading_done_plan ON reading_done (json_extract(fields, '$.plan_id'));
