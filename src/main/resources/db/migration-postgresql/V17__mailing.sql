-- PostgreSQL version of db/migration/V17__mailing.sql (same version, same schema; docs/several-pcs.md).
-- Same text as the HSQLDB script: nothing in it differs between the two engines.
-- The messages queued together (the letters of one mailing, the copies of one e-mail or document
-- sent to several people) share a mailing key, so that the sent log can say how many of a
-- mailing's letters came back. Empty for the messages of earlier versions and for a resend.
ALTER TABLE outbox_message ADD COLUMN mailing VARCHAR(36);
CREATE INDEX outbox_message_mailing ON outbox_message (mailing);
