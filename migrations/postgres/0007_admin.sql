-- Operator tools: accounts can be disabled, and the sign-up allowlist can live in the
-- database (`lifeos-server admin allowlist add`) beside the configured one.

ALTER TABLE users ADD COLUMN disabled_at TIMESTAMPTZ;

CREATE TABLE signup_allowlist (
    email    TEXT PRIMARY KEY CHECK (email = lower(email)),
    added_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
