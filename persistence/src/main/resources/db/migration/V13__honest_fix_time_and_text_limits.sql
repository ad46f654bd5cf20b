-- When a fix item was recorded as done, by the server's clock: the fix date of an initiative cannot lie before
-- its work was done. Items done before this column existed keep no time; for them the fix date is not bounded.
ALTER TABLE initiative_item ADD COLUMN completed_at DATETIME(6) NULL;

-- An override's history line is "override: " followed by a reason of up to 1,000 characters.
ALTER TABLE initiative_event MODIFY reason VARCHAR(1020);
