-- Ranges of change-log sequence numbers skipped at a restore from a backup: a pull
-- cursor inside one was issued before the restore, and its client must resync.
CREATE TABLE sync_log_gaps (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id),
    after_seq    BIGINT NOT NULL,
    up_to_seq    BIGINT NOT NULL CHECK (up_to_seq > after_seq),
    PRIMARY KEY (workspace_id, after_seq)
);
