-- Finding anything: a full-text index over every kind's search fields, and the times
-- each row records (what `lifeos day` and `lifeos timeline` show). Both are derived from
-- the live rows by the store, in the same transaction as each write, and rebuilt at open
-- whenever the declarations they come from change (meta 'search_index' holds their
-- fingerprint; this migration leaves it unset, so the first open fills them).

-- One row per live entity row: the FTS row's number, and what filters read.
CREATE TABLE search_doc (
    doc    INTEGER PRIMARY KEY,
    id     TEXT NOT NULL UNIQUE,
    kind   TEXT NOT NULL,
    tags   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
    parent TEXT,
    -- The row's first event: an instant (24 characters, wire form) or a day (10).
    at     TEXT
);
CREATE INDEX search_doc_kind_at ON search_doc (kind, at);

-- The text, by search_doc.doc. Case and accents are ignored; two- and three-letter
-- prefixes are indexed for `wor*`.
CREATE VIRTUAL TABLE search USING fts5(
    title, body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

CREATE TABLE event (
    id   TEXT NOT NULL,
    what TEXT NOT NULL,
    kind TEXT NOT NULL,
    at   TEXT NOT NULL,
    PRIMARY KEY (id, what)
) WITHOUT ROWID;
CREATE INDEX event_at ON event (at);
