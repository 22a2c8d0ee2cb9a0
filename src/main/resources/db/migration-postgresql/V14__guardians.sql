-- PostgreSQL version of db/migration/V14__guardians.sql (same version, same schema; docs/several-pcs.md).
-- Same text as the HSQLDB script: nothing in it differs between the two engines.
-- A pupil's legal guardians ("responsables légaux"): each is a contact of its own (title, names,
-- address, e-mail, consent); a guardian may have several children at the school. rank orders a
-- pupil's guardians as the school system lists them (1 = "responsable 1").
CREATE TABLE contact_guardian (
    pupil_id    BIGINT   NOT NULL,
    guardian_id BIGINT   NOT NULL,
    rank        SMALLINT NOT NULL,
    CONSTRAINT contact_guardian_pk PRIMARY KEY (pupil_id, guardian_id),
    CONSTRAINT contact_guardian_pupil_fk FOREIGN KEY (pupil_id) REFERENCES contact (id) ON DELETE CASCADE,
    CONSTRAINT contact_guardian_guardian_fk FOREIGN KEY (guardian_id) REFERENCES contact (id) ON DELETE CASCADE,
    CONSTRAINT contact_guardian_not_self CHECK (pupil_id <> guardian_id)
);
CREATE INDEX contact_guardian_by_guardian ON contact_guardian (guardian_id);
