-- PostgreSQL version of db/migration/V15__letters_about_pupils.sql (same version, same schema; docs/several-pcs.md).
-- Same text as the HSQLDB script: nothing in it differs between the two engines.
-- Letters about a pupil written to the pupil's legal guardians. A standard letter says to whom
-- it is written: CONTACT (the contact chosen, as every letter before) or GUARDIANS (each legal
-- guardian of each pupil chosen, about that pupil).
ALTER TABLE letter_template ADD COLUMN addressing VARCHAR(20) DEFAULT 'CONTACT' NOT NULL;
-- The pupil a message to their guardians was about, "id<TAB>name" as in the contacts column, so
-- the sent log shows and finds it, and a deleted pupil's messages can be purged.
ALTER TABLE outbox_message ADD COLUMN about_contact VARCHAR(1000);
