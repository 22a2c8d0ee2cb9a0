-- Several PCs deliver one shared outbox (docs/several-pcs.md, "The shared outbox"). A message
-- being sent is held by one process: claimed_by names it (the PC's id from its data folder, the
-- process id and start), lease_until says until when, by the database's clock; the holder renews
-- it while it works, and another PC takes the message over only once it has expired. Once the
-- message is sent, claimed_by stays and says who sent it; lease_until is cleared.
-- slot_at: when the message took one of its account's sending slots (per minute, per day),
-- counted across every PC; the messages sent before this version count by their sent_at.
ALTER TABLE outbox_message ADD COLUMN claimed_by VARCHAR(200);
ALTER TABLE outbox_message ADD COLUMN lease_until TIMESTAMP;
ALTER TABLE outbox_message ADD COLUMN slot_at TIMESTAMP;
UPDATE outbox_message SET slot_at = sent_at WHERE sent_at IS NOT NULL;
CREATE INDEX outbox_message_slot ON outbox_message (account_id, slot_at);
