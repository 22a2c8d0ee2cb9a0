-- outbox_message (message_id) is indexed by its unique constraint (V6): the index of V12 repeated
-- it. contact_guardian_by_guardian stays here: PostgreSQL, unlike HSQLDB, makes no index for a
-- foreign key, and the guardians' links are looked up by guardian.
DROP INDEX outbox_message_by_message_id;
