-- The compliance report reads a year of one tenant's cases at a time: the first response and the resolution of a
-- case live on its row (kept by the domain model, back-filled here from the timeline), and each table the report
-- aggregates gets an index that starts with the tenant and the report's time column and covers what it reads,
-- so a year is a range scan of one index and never a visit to the rows.
ALTER TABLE incident
    ADD COLUMN responded_at DATETIME(6),
    ADD COLUMN resolved_at  DATETIME(6);

UPDATE incident i SET
    responded_at = (SELECT MIN(e.occurred_at) FROM incident_event e
                    WHERE e.tenant_id = i.tenant_id AND e.incident_id = i.id AND e.field = 'status' AND e.from_value = 'OPEN'),
    resolved_at  = (SELECT MAX(e.occurred_at) FROM incident_event e
                    WHERE e.tenant_id = i.tenant_id AND e.incident_id = i.id AND e.field = 'status' AND e.to_value IN ('RESOLVED', 'CLOSED'))
WHERE i.status <> 'OPEN';
UPDATE incident SET resolved_at = NULL WHERE status NOT IN ('RESOLVED', 'CLOSED');

ALTER TABLE incident
    ADD INDEX ix_incident_report (tenant_id, occurred_at, location_id, root_cause, customer_id, created_at, responded_at, resolved_at);

ALTER TABLE recovery
    DROP INDEX ix_recovery_requested,
    ADD INDEX ix_recovery_report (tenant_id, requested_at, location_id, status, option_id, policy_id, amount_minor,
                                  approved_minor, currency, due_at, decided_at);

ALTER TABLE promise
    ADD INDEX ix_promise_report (tenant_id, due_at, location_id, status, owner);

ALTER TABLE feedback
    ADD INDEX ix_feedback_created (tenant_id, created_at, incident_id, solved, satisfaction, recommend);
