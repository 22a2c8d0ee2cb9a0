-- PostgreSQL version of db/migration/V5__account_secret_question.sql (same version, same schema; docs/several-pcs.md).
-- Same text as the HSQLDB script: nothing in it differs between the two engines.
-- The secret question an administrator may set on an institution account: a user who is not an
-- administrator must answer it to change the account. Only a salted, slow hash of the answer is
-- kept (folded: case and accents ignored), never the answer itself.
CREATE TABLE account_secret_question (
    account_id  BIGINT        NOT NULL PRIMARY KEY,
    question    VARCHAR(300)  NOT NULL,
    answer_hash VARCHAR(200)  NOT NULL,
    CONSTRAINT account_secret_question_account FOREIGN KEY (account_id) REFERENCES mail_account (id) ON DELETE CASCADE
);
