-- A contacts import is written as its file is read, in batches that are each committed (one
-- transaction of a whole school's rows does not fit the embedded engine's memory), and shown in
-- one last short transaction. Until then its rows name their run in import_run, and a run listed
-- in contact_import_run is unfinished: its rows are read by no one. Showing them deletes the run's
-- row; a cancel or a failure deletes the rows, then the run. A run id is drawn at random, never
-- reused, so a finished run's rows keep it harmlessly. NULL: a contact or link written otherwise.
CREATE TABLE contact_import_run (
    id         BIGINT    NOT NULL PRIMARY KEY,
    started_at TIMESTAMP NOT NULL
);

ALTER TABLE contact ADD COLUMN import_run BIGINT;
ALTER TABLE contact_guardian ADD COLUMN import_run BIGINT;
