-- The name families see beside an account's address (the From display name). Empty for the
-- accounts of earlier versions, which keep sending under their name in lists.
ALTER TABLE mail_account ADD COLUMN sender_name VARCHAR(200);
