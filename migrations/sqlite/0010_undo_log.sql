-- `lifeos undo`: what each local change overwrote, so the last change of any kind can be
-- taken back (as new versions, which sync). One entry per row a change wrote; a change's
-- entries share its time (`at`: one clock reading per transaction). `before` is the row's
-- export line as it was, NULL when the change made the row. Rows from the server and
-- imports are not entered; the oldest entries are dropped past 10,000.
CREATE TABLE undo_log (
    seq    INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    entity TEXT NOT NULL,
    id     TEXT NOT NULL,
    before TEXT
);
CREATE INDEX undo_log_at ON undo_log (at);
