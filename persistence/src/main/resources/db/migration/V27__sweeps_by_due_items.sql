-- The background jobs find what is due with one indexed query across all businesses, so that a pass costs by the
-- work that is due, not by the number of businesses: each index leads with what marks a row as still to be done.
CREATE INDEX ix_recovery_overdue ON recovery (status, escalated_at, due_at);
CREATE INDEX ix_promise_overdue ON promise (status, overdue_notified_at, due_at);
-- the reminder's candidates are the live links never used nor reminded; expired ones drop out of the range
CREATE INDEX ix_feedback_link_live ON feedback_link (reminded_at, used_at, expires_at);
-- the retention job reads the customers still holding details, across businesses, in id order
CREATE INDEX ix_customer_erased ON customer (erased_at, id);

-- Each job's last pass, whichever node ran it: when, how long, how many items it handled (for the operator and
-- the benchmark). Not a tenant's data.
CREATE TABLE job_pass (
    job          VARCHAR(40)  NOT NULL,
    node         VARCHAR(255) NOT NULL,
    started_at   DATETIME(6)  NOT NULL,
    duration_us  BIGINT       NOT NULL,
    items        INT          NOT NULL,
    PRIMARY KEY (job)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
