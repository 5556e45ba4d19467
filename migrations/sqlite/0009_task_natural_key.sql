-- Recurring tasks: an instance's natural key is its series and its due date, so two
-- devices that each made the next instance offline end with one. Tasks without a series
-- keep no key (NULL), as before.
CREATE UNIQUE INDEX task_natural_key ON task (natural_key)
    WHERE natural_key IS NOT NULL AND deleted_at IS NULL;
