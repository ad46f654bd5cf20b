-- The manager an exception request is assigned to (by username), so that the queue can say who takes it; null
-- while nobody has taken it.
ALTER TABLE recovery ADD COLUMN assignee VARCHAR(255);
