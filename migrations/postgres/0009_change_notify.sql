-- Live updates across processes: every statement that appends to the change log notifies
-- channel `lifeos_change` with each workspace it touched, delivered at commit (Postgres
-- folds the identical notifications of one transaction into one). Every server process
-- listens on the channel and wakes the event streams of that workspace, so a client on
-- one process hears of a write made through another.
CREATE FUNCTION lifeos_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('lifeos_change', w.workspace_id)
    FROM (SELECT DISTINCT workspace_id FROM appended) AS w;
    RETURN NULL;
END
$$;

CREATE TRIGGER sync_log_notify
    AFTER INSERT ON sync_log
    REFERENCING NEW TABLE AS appended
    FOR EACH STATEMENT
    EXECUTE FUNCTION lifeos_notify_change();
