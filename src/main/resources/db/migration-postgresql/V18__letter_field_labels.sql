-- PostgreSQL version of db/migration/V18__letter_field_labels.sql (same version, same schema; docs/several-pcs.md).
-- Same text as the HSQLDB script: nothing in it differs between the two engines.
-- What a person reads for a letter's own fields ("Date du rendez-vous" for date_rdv), written
-- "code = label; code = label"; empty for the letters written before labels existed.
ALTER TABLE letter_template ADD COLUMN letter_field_labels VARCHAR(4000) DEFAULT '' NOT NULL;
