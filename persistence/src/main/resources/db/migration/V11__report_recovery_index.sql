-- The report's over-limit check reads whether a recovery exceeded its policy: with the column in the covering
-- index, a year of recoveries is read from the index alone (measured at 1M incidents: 141 ms → 58 ms).
ALTER TABLE recovery
    DROP INDEX ix_recovery_report,
    ADD INDEX ix_recovery_report (tenant_id, requested_at, location_id, status, option_id, policy_id, amount_minor,
                                  approved_minor, currency, due_at, decided_at, exceeded);
