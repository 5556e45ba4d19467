-- The blobs this device holds (sealed files under blobs/ beside the database, see
-- docs/attachments.md): a local table, never synced. `upload` is 1 while the server may
-- still lack the blob (it was attached here and not yet uploaded).

CREATE TABLE blob_local (
    sha256   TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64),
    size     INTEGER NOT NULL CHECK (size >= 0),
    upload   INTEGER NOT NULL DEFAULT 0 CHECK (upload IN (0, 1)),
    added_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX blob_local_upload ON blob_local (upload) WHERE upload = 1;
-- Which blobs the rows name: the attachments of a blob, and the blobs a device lacks.
CREATE INDEX attachment_sha256 ON attachment (json_extract(fields, '$.sha256'));
