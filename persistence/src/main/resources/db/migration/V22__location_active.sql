-- A location can be taken out of use: it stays for history, reports and the list's filters, but new incidents
-- are no longer logged there.
ALTER TABLE location ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
