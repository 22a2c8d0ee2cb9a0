-- PostgreSQL version of db/migration/V27__staged_rows_unlogged.sql (same version, same schema;
-- docs/several-pcs.md). The contacts' own change-log trigger, in place of V23's generic one.
-- An import writes its new contacts in committed batches of a few thousand rows, hidden until it
-- is shown (V25). Logged like any write, each batch was "too many contacts to name" for the other
-- PCs, whose windows then read the whole list again for rows they cannot see: some fifty times
-- during a whole school's import. A row of an import still being written is no longer logged
-- (inserted, rewritten or deleted by a discard); showing the import tells the other PCs once
-- (V25's contact_import_shown). Any other write of a contact is logged and notified as before,
-- including later changes to imported contacts, whose run is then finished.
CREATE FUNCTION missive_log_contact_change() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE changed BIGINT; run BIGINT; BEGIN IF TG_OP = 'DELETE' THEN changed := OLD.id; run := OLD.import_run; ELSE changed := NEW.id; run := NEW.import_run; END IF; IF run IS NOT NULL AND EXISTS (SELECT 1 FROM contact_import_run WHERE id = run) THEN RETURN NULL; END IF; INSERT INTO change_log (table_name, row_id, origin, changed_at) VALUES (TG_TABLE_NAME, changed, current_setting('application_name', true), LOCALTIMESTAMP); PERFORM pg_notify('missive_changes', TG_TABLE_NAME); RETURN NULL; END $$;
DROP TRIGGER contact_logged ON contact;
CREATE TRIGGER contact_logged AFTER INSERT OR UPDATE OR DELETE ON contact
    FOR EACH ROW EXECUTE FUNCTION missive_log_contact_change();
