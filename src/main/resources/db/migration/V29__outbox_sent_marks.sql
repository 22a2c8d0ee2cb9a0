-- The "sent" marks of a shared outbox waiting to be recorded (docs/several-pcs.md): on
-- PostgreSQL each message accepted by its server is one narrow row, committed before the next
-- message's final dot, and the outbox rows (with their recipients) are rewritten once per batch
-- from these marks. A crashed PC's marks stay here; any PC records them, and no PC claims a
-- message that has one. No foreign key: checking it would lock the outbox row on every mark.
-- The embedded outbox keeps its marks in db/outbox.journal; the table exists here for one schema.
CREATE TABLE outbox_sent_mark (
    message_id    BIGINT         NOT NULL PRIMARY KEY,
    holder        VARCHAR(200)   NOT NULL,
    sent_at       TIMESTAMP      NOT NULL,
    server_reply  VARCHAR(4000),
    recipients    VARCHAR(65000) NOT NULL
);
