-- The owner's kind of an attachment was a field named `entity`, the name the sync log's
-- record line gives the record's own kind: in a log payload (JSONB keeps the last of two
-- equal keys) the row's kind was lost. The field is `entity_kind` now: rows and log
-- payloads written under the old name are rewritten; the log's `entity` column still
-- says which payloads are attachments.
UPDATE attachment
    SET fields = (fields - 'entity') || jsonb_build_object('entity_kind', fields -> 'entity')
    WHERE fields ? 'entity';
UPDATE sync_log
    SET payload = (payload - 'entity')
        || jsonb_build_object('entity', 'attachment', 'entity_kind', payload -> 'entity')
    WHERE entity = 'attachment' AND payload ->> 'entity' IS DISTINCT FROM 'attachment';
