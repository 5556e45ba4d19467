-- Habits and fasting. Like every entity table: the kernel columns, the workspace, the
-- fields as JSON, and the natural key (unique among a workspace's live rows).

CREATE TABLE habit (
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

CREATE TABLE habit_checkin (
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

CREATE TABLE fast (
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

CREATE UNIQUE INDEX habit_natural_key ON habit (workspace_id, natural_key) WHERE natural_key IS NOT NULL AND deleted_at IS NULL;
CREATE UNIQUE INDEX habit_checkin_natural_key ON habit_checkin (workspace_id, natural_key) WHERE natural_key IS NOT NULL AND deleted_at IS NULL;
CREATE UNIQUE INDEX fast_natural_key ON fast (workspace_id, natural_key) WHERE natural_key IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX habit_checkin_habit ON habit_checkin (workspace_id, (fields->>'habit_id'));
