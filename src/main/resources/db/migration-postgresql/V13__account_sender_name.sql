-- PostgreSQL version of db/migration/V13__account_sender_name.sql (same version, same schema; docs/several-pcs.md).
-- Same text as the HSQLDB script: nothing in it differs between the two engines.
-- The name families see beside an account's address (the From display name). Empty for the
-- accounts of earlier versions, which keep sending under their name in lists.
ALTER TABLE mail_account ADD COLUMN sender_name VARCHAR(200);
