-- Finance: accounts, transactions (a transfer is a linked pair of them) and budgets.
-- Same shape as every entity table: the kernel columns, the fields as canonical JSON and
-- the natural key (an imported bank row per account; one budget per category, month and
-- currency), unique among live rows.
-- "transaction" is an SQL keyword, so every table name is quoted.

CREATE TABLE "account" (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 26),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL CHECK (version >= 1),
    fields     TEXT NOT NULL CHECK (json_valid(fields)),
    natural_key TEXT
);

CREATE TABLE "transaction" (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 26),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL CHECK (version >= 1),
    fields     TEXT NOT NULL CHECK (json_valid(fields)),
    natural_key TEXT
);
-- Registers and reports read one account's rows; imports look rows up by fingerprint.
CREATE INDEX transaction_account ON "transaction" (json_extract(fields, '$.account_id'));
CREATE INDEX transaction_import ON "transaction" (json_extract(fields, '$.import_id'))
    WHERE json_extract(fields, '$.import_id') IS NOT NULL;

CREATE TABLE "budget" (
    id         TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 26),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    version    INTEGER NOT NULL CHECK (version >= 1),
    fields     TEXT NOT NULL CHECK (json_valid(fields)),
    natural_key TEXT
);

CREATE UNIQUE INDEX transaction_natural_key ON "transaction" (natural_key)
    WHERE natural_key IS NOT NULL AND deleted_at IS NULL;
CREATE UNIQUE INDEX budget_natural_key ON "budget" (natural_key)
    WHERE natural_key IS NOT NULL AND deleted_at IS NULL;
