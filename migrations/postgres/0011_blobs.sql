-- Blobs: the bytes attachments name, stored once per workspace and hash in the object
-- store under {workspace_id}/blobs/{sha256} (docs/attachments.md). A quota is a sum over
-- this table; garbage collection a query against attachment.

CREATE TABLE blob (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    sha256       TEXT NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size         BIGINT NOT NULL CHECK (size >= 0),
    stored_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, sha256)
);

-- An upload in progress: the declared size, how many bytes the parts hold, when a
-- request last added to it (stale uploads are collected after the grace period).
CREATE TABLE blob_upload (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    sha256       TEXT NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size         BIGINT NOT NULL CHECK (size >= 0),
    received     BIGINT NOT NULL DEFAULT 0 CHECK (received >= 0 AND received <= size),
    touched_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, sha256)
);

-- The parts of an upload, in the object store under {workspace_id}/uploads/{sha256}/{key},
-- each holding bytes start..start+len, so any server process can continue or finish it.
CREATE TABLE blob_upload_part (
    workspace_id TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    start        BIGINT NOT NULL CHECK (start >= 0),
    len          BIGINT NOT NULL CHECK (len > 0),
    key          TEXT NOT NULL,
    PRIMARY KEY (workspace_id, sha256, start),
    FOREIGN KEY (workspace_id, sha256) REFERENCES blob_upload (workspace_id, sha256) ON DELETE CASCADE
);
