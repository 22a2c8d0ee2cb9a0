-- PostgreSQL version of db/migration/V26__outbox_changes_per_batch.sql (same version, same schema;
-- docs/several-pcs.md). The outbox's own change-log trigger, in place of V23's generic one.
-- On a shared outbox every "sent" mark is a commit that the next message's final dot waits for,
-- and a transaction that calls pg_notify holds, through its commit, a lock that every other
-- notifying commit of the server waits for: two PCs delivering could not commit their marks
-- together. So a mark (SENDING to SENT) is logged in change_log as before, without waking the
-- other PCs: the worker wakes them once a batch is recorded (JdbcOutboxStore.announceMarks),
-- and their change feeds read the log every few seconds anyway. An update that leaves a message
-- SENDING (a lease renewed or dropped, a sending slot taken) changes nothing a window shows: it
-- is not logged at all. Every other write of the outbox is logged and notified as before.
CREATE FUNCTION missive_log_outbox_change() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE changed BIGINT; BEGIN IF TG_OP = 'UPDATE' AND OLD.state = 'SENDING' AND NEW.state = 'SENDING' THEN RETURN NULL; END IF; IF TG_OP = 'DELETE' THEN changed := OLD.id; ELSE changed := NEW.id; END IF; INSERT INTO change_log (table_name, row_id, origin, changed_at) VALUES (TG_TABLE_NAME, changed, current_setting('application_name', true), LOCALTIMESTAMP); IF NOT (TG_OP = 'UPDATE' AND OLD.state = 'SENDING' AND NEW.state = 'SENT') THEN PERFORM pg_notify('missive_changes', TG_TABLE_NAME); END IF; RETURN NULL; END $$;
DROP TRIGGER outbox_message_logged ON outbox_message;
CREATE TRIGGER outbox_message_logged AFTER INSERT OR UPDATE OR DELETE ON outbox_message
    FOR EACH ROW EXECUTE FUNCTION missive_log_outbox_change();
