-- PostgreSQL version of db/migration/V10__message_bodies_as_lobs.sql (same version, same schema; docs/several-pcs.md).
-- Differs only in types: BLOB and VARBINARY(n) are BYTEA (lengths kept as CHECKs), CLOB is TEXT.
-- Message bodies leave the row cache. V6 kept the MIME bytes in a VARBINARY column of a CACHED
-- table: a row must fit whole in HSQLDB's row cache (10 MB by default), so a message of about
-- 7.5 MB could not be queued, and a few large ones kept in the sent log filled the cache for
-- every later one. A BLOB is kept apart (HSQLDB: the .lobs file; PostgreSQL: a BYTEA, stored out of line by TOAST),
-- read as a stream, and still shared by every PC of a shared database, unlike a file would be.
-- HSQLDB commits around each DDL statement: should a crash stop this script after the table
-- was made or filled, running it again completes it (IF NOT EXISTS, NOT EXISTS).
CREATE TABLE IF NOT EXISTS outbox_body (
    message_id BIGINT   NOT NULL PRIMARY KEY,
    -- The exact bytes queued, as sent: their length is the message's size on the wire.
    byte_size  BIGINT   NOT NULL,
    mime       BYTEA    NOT NULL,
    CONSTRAINT outbox_body_message FOREIGN KEY (message_id) REFERENCES outbox_message (id) ON DELETE CASCADE
);

INSERT INTO outbox_body (message_id, byte_size, mime)
    SELECT m.message_id, OCTET_LENGTH(m.mime), m.mime FROM outbox_mime m
    WHERE NOT EXISTS (SELECT 1 FROM outbox_body b WHERE b.message_id = m.message_id);

DROP TABLE IF EXISTS outbox_mime;

-- The largest message the account's server said it takes (the SIZE of its EHLO reply, RFC 1870),
-- as last seen by a test sending or a delivery; without a row, the provider's documented limit.
CREATE TABLE IF NOT EXISTS account_message_size (
    account_id BIGINT    NOT NULL PRIMARY KEY,
    max_bytes  BIGINT    NOT NULL,
    seen_at    TIMESTAMP NOT NULL,
    CONSTRAINT account_message_size_account FOREIGN KEY (account_id) REFERENCES mail_account (id) ON DELETE CASCADE
);
