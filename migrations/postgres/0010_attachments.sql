-- Attachments: a file on any row, with the kernel columns, the workspace, the fields as
-- JSON and the natural key (the owner and the file's SHA-256). The bytes are blobs in the
-- server's object store (docs/attachments.md).

CREATE TABLE attachment (
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
CREATE UNIQUE INDEX attachment_natural_key ON attachment (workspace_id, natural_key) WHERE natural_key IS NOT NULL AND deleted_at IS NULL;
-- Garbage collection asks whether any row, live or deleted, still names a blob.
CREATE INDEX attachment_sha256 ON attachment (workspace_id, (fields->>'sha256'));
