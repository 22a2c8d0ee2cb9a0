-- PostgreSQL version of db/migration/V29__outbox_sent_marks.sql (same version, same schema;
-- docs/several-pcs.md). Each "sent" mark of a shared outbox is one narrow row committed before
-- the next message's final dot (a rewrite of the outbox row costs an entry in each of its seven
-- indexes and one in change_log); the outbox records the marks once per batch. No foreign key:
-- checking it would lock the outbox row on every mark.
CREATE TABLE outbox_sent_mark (
    message_id    BIGINT         NOT NULL PRIMARY KEY,
    holder        VARCHAR(200)   NOT NULL,
    sent_at       TIMESTAMP      NOT NULL,
    server_reply  VARCHAR(4000),
    recipients    VARCHAR(65000) NOT NULL
);
