-- Each part that reacts to events (notices, staff mail, webhooks) takes an event in a transaction of its own; the
-- outbox remembers which have, so that a retry goes only to the part that failed.
ALTER TABLE outbox_event ADD COLUMN parts_done VARCHAR(500) NOT NULL DEFAULT '';
