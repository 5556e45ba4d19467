-- Health (measurements, workouts) and faith (practices, reading plans and their
-- progress): the kernel columns, the workspace, the fields as JSON, and the natural-key
-- column every entity table has.

CREATE TABLE health_metric (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    id           TEXT NOT NULL CHECK (length(id) = 26),
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    deleted_at   TIMESTAMPTZ,
    version      BIGINT NOT NULL CHECK (version >= 1),
    fields       JSONB NOT NULL,
    natural_key  TEXT,
    PRIMARY KEY (workspace_id, id)
);
CREATE UNIQUE INDEX health_metric_natural_key ON health_metric (workspace_id, natural_key) WHERE natural_key IS NOT NULL AND deleted_at IS NULL;

CREATE TABLE workout (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    id           TEXT NOT NULL CHECK (length(id) = 26),
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    deleted_at   TIMESTAMPTZ,
    version      BIGINT NOT NULL CHECK (version >= 1),
    fields       JSONB NOT NULL,
    natural_key  TEXT,
    PRIMARY KEY (workspace_id, id)
);
CREATE UNIQUE INDEX workout_natural_key ON workout (workspace_id, natural_key) WHERE natural_key IS NOT NULL AND deleted_at IS NULL;

CREATE TABLE practice (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    id           TEXT NOT NULL CHECK (length(id) = 26),
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    deleted_at   TIMESTAMPTZ,
    version      BIGINT NOT NULL CHECK (version >= 1),
    fields       JSONB NOT NULL,
    natural_key  TEXT,
    PRIMARY KEY (workspace_id, id)
);
CREATE UNIQUE INDEX practice_natural_key ON practice (workspace_id, natural_key) WHERE natural_key IS NOT NULL AND deleted_at IS NULL;

CREATE TABLE reading_plan (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    id           TEXT NOT NULL CHECK (length(id) = 26),
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    deleted_at   TIMESTAMPTZ,
    version      BIGINT NOT NULL CHECK (version >= 1),
    fields       JSONB NOT NULL,
    natural_key  TEXT,
    PRIMARY KEY (workspace_id, id)
);
CREATE UNIQUE INDEX reading_plan_natural_key ON reading_plan (workspace_id, natural_key) WHERE natural_key IS NOT NULL AND deleted_at IS NULL;

CREATE TABLE reading_done (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    id           TEXT NOT NULL CHECK (length(id) = 26),
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    deleted_at   TIMESTAMPTZ,
    version      BIGINT NOT NULL CHECK (version >= 1),
    fields       JSONB NOT NULL,
    natural_key  TEXT,
    PRIMARY KEY (workspace_id, id)
);
CREATE UNIQUE INDEX reading_done_natural_key ON reading_done (workspace_id, natural_key) WHERE natural_key IS NOT NULL AND deleted_at IS NULL;
