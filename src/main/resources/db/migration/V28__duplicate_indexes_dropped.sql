-- Two indexes that repeated another on the same column: every row written paid for both.
-- outbox_message (message_id) is indexed by its unique constraint (V6); HSQLDB indexes
-- contact_guardian (guardian_id) for its foreign key (V14). An outbox row is written twice per
-- message delivered, a link once per pupil and guardian imported.
DROP INDEX outbox_message_by_message_id;
DROP INDEX contact_guardian_by_guardian;
