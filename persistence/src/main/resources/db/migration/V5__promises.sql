-- Commitments made to a customer: what, who owns it (a staff member, or the location's queue when nobody), by when.
CREATE TABLE promise (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id           BIGINT        NOT NULL,
    incident_id         BIGINT        NOT NULL,
    location_id         BIGINT        NOT NULL,
    what                VARCHAR(500)  NOT NULL,
    owner               VARCHAR(255),
    due_at              DATETIME(6)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    kept_at             DATETIME(6),
    broken_reason       VARCHAR(500),
    overdue_notified_at DATETIME(6),
    created_by          VARCHAR(255)  NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    version             INT           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_promise_incident FOREIGN KEY (tenant_id, incident_id) REFERENCES incident (tenant_id, id),
    INDEX ix_promise_owner (tenant_id, owner, status, due_at),
    INDEX ix_promise_location (tenant_id, location_id, status, due_at),
    INDEX ix_promise_incident (tenant_id, incident_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Notices may also go to one person (a promise's owner).
ALTER TABLE notification ADD COLUMN recipient_username VARCHAR(255),
    ADD COLUMN promise_id BIGINT,
    MODIFY recipient_role VARCHAR(30);
