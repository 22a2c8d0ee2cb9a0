-- PostgreSQL version of db/migration/V7__sent_log.sql (same version, same schema; docs/several-pcs.md).
-- Same text as the HSQLDB script: nothing in it differs between the two engines.
-- The sent log reads the outbox rows and their MIME bytes (no second copy): these columns add
-- the link of a resent message to the first one and the state of the copy into the IMAP Sent
-- folder, kept apart from the e-mail's own state so that a failed copy never marks it failed.
ALTER TABLE outbox_message ADD COLUMN resend_of BIGINT;
ALTER TABLE outbox_message ADD COLUMN imap_copy VARCHAR(12);
ALTER TABLE outbox_message ADD COLUMN imap_error VARCHAR(4000);

CREATE INDEX outbox_message_log ON outbox_message (sent_at, queued_at);
