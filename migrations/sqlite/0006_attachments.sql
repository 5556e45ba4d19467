-- Attachments: a file on any row. The row says what the file is and whose it is; the
-- bytes are a blob addressed by its SHA-256 (kept encrypted beside the database, see
-- docs/attachments.md). The natural key is the owner and the hash, unique among live rows.

CREATE TABLE attachment (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 26),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL CHECK (version >= 1),
    fields     TEXT NOT NULL CHECK (json_valid(fields)),
    natural_key TEXT
);
CREATE UNIQUE INDEX attachment_natural_key ON attachment (natural_key)
    WHERE natural_key IS NOT NULL AND deleted_at IS NULL;
-- A row's detail lists its attachments.
CREATE INDEX attachment_owner ON attachment (json_extract(fields, '$.entity_id'));
