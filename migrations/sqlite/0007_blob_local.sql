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

-- The owner's kind was a field named `entity`, the name the export line and the sync log
-- give the record's own kind: such a row could not be read back. It is `entity_kind`
-- now; rows written under the old name are rewritten in the canonical field order.
UPDATE attachment SET fields = json_object(
        'entity_kind', json_extract(fields, '$.entity'),
        'entity_id', json_extract(fields, '$.entity_id'),
        'name', json_extract(fields, '$.name'),
        'media_type', json_extract(fields, '$.media_type'),
        'size', json_extract(fields, '$.size'),
        'sha256', json_extract(fields, '$.sha256'))
    WHERE json_type(fields, '$.entity') IS NOT NULL;
