-- Finance: accounts, transactions (a transfer is a linked pair of them) and budgets,
-- with the kernel columns, the workspace, the fields as JSON and the natural key
-- (an imported bank row; a budget's category and month).

CREATE TABLE "account" (
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
CREATE UNIQUE INDEX account_natural_key ON "account" (workspace_id, natural_key) WHERE natural_key IS NOT NULL AND deleted_at IS NULL;

CREATE TABLE "transaction" (
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
CREATE UNIQUE INDEX transaction_natural_key ON "transaction" (workspace_id, natural_key) WHERE natural_key IS NOT NULL AND deleted_at IS NULL;

CREATE TABLE "budget" (
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
CREATE UNIQUE INDEX budget_natural_key ON "budget" (workspace_id, natural_key) WHERE natural_key IS NOT NULL AND deleted_at IS NULL;
