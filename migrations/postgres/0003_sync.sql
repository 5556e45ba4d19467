-- Sync: idempotent pushes, and natural keys for derived rows that must merge.

-- One row per applied push change: (device, mutation) is the idempotency key, recorded
-- in the same transaction as the write it caused.
CREATE TABLE sync_mutations (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    device_id    TEXT NOT NULL,
    mutation     BIGINT NOT NULL,
    entity       TEXT NOT NULL,
    entity_id    TEXT NOT NULL,
    version      BIGINT NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome IN ('applied', 'superseded')),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (workspace_id, device_id, mutation)
);

-- A derived row (a habit check-in per habit and day) has a natural key: two devices
-- creating "the same" row offline must end with one live row, not two ids.
ALTER TABLE note ADD COLUMN natural_key TEXT;
ALTER TABLE task ADD COLUMN natural_key TEXT;
ALTER TABLE person ADD COLUMN natural_key TEXT;
ALTER TABLE place ADD COLUMN natural_key TEXT;
CREATE UNIQUE INDEX note_natural_key ON note (workspace_id, natural_key) WHERE natural_key IS NOT NULL AND deleted_at IS NULL;
CREATE UNIQUE INDEX task_natural_key ON task (workspace_id, natural_key) WHERE natural_key IS NOT NULL AND deleted_at IS NULL;
CREATE UNIQUE INDEX person_natural_key ON person (workspace_id, natural_key) WHERE natural_key IS NOT NULL AND deleted_at IS NULL;
CREATE UNIQUE INDEX place_natural_key ON place (workspace_id, natural_key) WHERE natural_key IS NOT NULL AND deleted_at IS NULL;
