-- An executive's override of the gate is a fact of the history event, not a prefix of its reason: the report
-- finds overrides by the flag, and the reason is the executive's own words.
ALTER TABLE initiative_event ADD COLUMN gate_override BOOLEAN NOT NULL DEFAULT FALSE;

-- Until now an override was written as an announcement whose reason is "override: " and the executive's reason.
UPDATE initiative_event
   SET gate_override = TRUE,
       reason = SUBSTRING(reason, CHAR_LENGTH('override: ') + 1)
 WHERE to_status = 'ANNOUNCED' AND reason LIKE 'override: %';
