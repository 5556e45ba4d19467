-- The change log and the four primitives. Every entity table has the kernel columns,
-- the workspace, and its fields as JSON.

CREATE TABLE sync_log (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    seq          BIGINT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    version      BIGINT NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    deleted_at   TIMESTAMPTZ,
    payload      JSONB NOT NULL,
    PRIMARY KEY (workspace_id, seq)
);

CREATE TABLE note (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    id           TEXT NOT NULL CHECK (length(id) = 26),
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    deleted_at   TIMESTAMPTZ,
    version      BIGINT NOT NULL CHECK (version >= 1),
    fields       JSONB NOT NULL,
    PRIMARY KEY (workspace_id, id)
);

CREATE TABLE task (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    id           TEXT NOT NULL CHECK (length(id) = 26),
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    deleted_at   TIMESTAMPTZ,
    version      BIGINT NOT NULL CHECK (version >= 1),
    fields       JSONB NOT NULL,
    PRIMARY KEY (workspace_id, id)
);

CREATE TABLE person (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    id           TEXT NOT NULL CHECK (length(id) = 26),
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    deleted_at   TIMESTAMPTZ,
    version      BIGINT NOT NULL CHECK (version >= 1),
    fields       JSONB NOT NULL,
    PRIMARY KEY (workspace_id, id)
);

CREATE TABLE place (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    id           TEXT NOT NULL CHECK (length(id) = 26),
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    deleted_at   TIMESTAMPTZ,
    version      BIGINT NOT NULL CHECK (version >= 1),
    fields       JSONB NOT NULL,
    PRIMARY KEY (workspace_id, id)
);
