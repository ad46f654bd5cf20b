-- Whether a recovery was granted over its policy's limit, as a fact of the row (a grant never changes, and policy
-- versions never do): the report's over-limit list then reads those rows alone, where it read every recovery of the
-- period (a year of a chain of 500 restaurants is 300,000 of them) to find the few.
ALTER TABLE recovery
    ADD COLUMN over_limit BOOLEAN NOT NULL DEFAULT FALSE,
    ADD INDEX ix_recovery_over_limit (tenant_id, over_limit, requested_at);

UPDATE recovery r LEFT JOIN recovery_policy p ON p.id = r.policy_id
SET r.over_limit = TRUE
WHERE r.status = 'GRANTED' AND (r.exceeded IS NOT NULL OR r.amount_minor > p.per_incident_minor);
