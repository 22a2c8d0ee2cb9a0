-- A mailing's e-mails are queued by chunks of 50, each committed on its own, so closing Missive or
-- a power cut while it is queued leaves part of it in the outbox. Its letters are written down
-- before the first chunk and the mailing marked complete after the last: a mailing never marked
-- complete was interrupted, and the letters planned that have no message of its mailing key in
-- the outbox are those not queued. request: what the user chose (letter, options), to queue the rest.
CREATE TABLE mailing_plan (
    mailing      VARCHAR(36)    NOT NULL PRIMARY KEY,
    account_name VARCHAR(500)   NOT NULL,
    created_by   BIGINT         NOT NULL,
    title        VARCHAR(500)   NOT NULL,
    request      VARCHAR(64000) NOT NULL,
    planned_at   TIMESTAMP      NOT NULL,
    completed_at TIMESTAMP
);
-- One row per e-mail letter planned; letter: the contacts it is about and written to, as the
-- outbox row's origin names them ("pupil id:addressee ids"); name: as the user reads it.
CREATE TABLE mailing_plan_letter (
    mailing  VARCHAR(36)   NOT NULL,
    position INTEGER       NOT NULL,
    letter   VARCHAR(1000) NOT NULL,
    name     VARCHAR(1000) NOT NULL,
    CONSTRAINT mailing_plan_letter_pk PRIMARY KEY (mailing, position),
    CONSTRAINT mailing_plan_letter_plan FOREIGN KEY (mailing) REFERENCES mailing_plan (mailing) ON DELETE CASCADE
);
