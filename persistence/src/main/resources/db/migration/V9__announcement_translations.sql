-- An announcement in the languages the business speaks, as a JSON object {"nb": "...", "pl": "..."}.
ALTER TABLE initiative ADD COLUMN announcement_translations TEXT;
