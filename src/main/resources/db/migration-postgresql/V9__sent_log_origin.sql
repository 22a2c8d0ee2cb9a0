-- PostgreSQL version of db/migration/V9__sent_log_origin.sql (same version, same schema; docs/several-pcs.md).
-- Same text as the HSQLDB script: nothing in it differs between the two engines.
-- The sent log names the standard letter a message carried and the contacts it concerned, so a
-- secretary can search for a family's name or a letter's name, and a deleted contact's messages
-- can be found and purged. contacts: one "id<TAB>name" per line.
ALTER TABLE outbox_message ADD COLUMN template_name VARCHAR(500);
ALTER TABLE outbox_message ADD COLUMN contacts VARCHAR(16000);
-- A forwarded message points to the one it forwards, as a resent one does with resend_of.
ALTER TABLE outbox_message ADD COLUMN forward_of BIGINT;
