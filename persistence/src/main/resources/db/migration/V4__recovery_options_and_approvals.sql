-- Pre-approved remedies, their limits as dated policy versions, and the recoveries granted or requested.
ALTER TABLE tenant ADD COLUMN approval_target_minutes INT NOT NULL DEFAULT 15;

CREATE TABLE recovery_option (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id  BIGINT       NOT NULL,
    name       VARCHAR(200) NOT NULL,
    names      VARCHAR(2000),
    type       VARCHAR(30)  NOT NULL,
    monetary   BOOLEAN      NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_option_tenant UNIQUE (tenant_id, id),
    CONSTRAINT fk_option_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A change of limits is a new version with an effective time; versions are never updated.
CREATE TABLE recovery_policy (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id          BIGINT        NOT NULL,
    option_id          BIGINT        NOT NULL,
    version            INT           NOT NULL,
    effective_from     DATETIME(6)   NOT NULL,
    per_incident_minor BIGINT,
    per_day_limit      BIGINT,
    currency           CHAR(3)       NOT NULL,
    roles              VARCHAR(200)  NOT NULL,
    location_ids       VARCHAR(1000),
    active_from        DATE,
    active_to          DATE,
    created_by         VARCHAR(255)  NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_policy_version UNIQUE (tenant_id, option_id, version),
    CONSTRAINT uk_policy_tenant UNIQUE (tenant_id, id),
    CONSTRAINT fk_policy_option FOREIGN KEY (tenant_id, option_id) REFERENCES recovery_option (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE recovery (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id       BIGINT        NOT NULL,
    incident_id     BIGINT        NOT NULL,
    option_id       BIGINT        NOT NULL,
    policy_id       BIGINT        NOT NULL,
    location_id     BIGINT        NOT NULL,
    amount_minor    BIGINT,
    currency        CHAR(3)       NOT NULL,
    note            VARCHAR(1000),
    status          VARCHAR(20)   NOT NULL,
    exceeded        VARCHAR(200),
    reason          VARCHAR(1000),
    requested_by    VARCHAR(255)  NOT NULL,
    requested_at    DATETIME(6)   NOT NULL,
    due_at          DATETIME(6),
    escalated_at    DATETIME(6),
    decided_by      VARCHAR(255),
    decided_at      DATETIME(6),
    decision_reason VARCHAR(1000),
    approved_minor  BIGINT,
    version         INT           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_recovery_incident FOREIGN KEY (tenant_id, incident_id) REFERENCES incident (tenant_id, id),
    CONSTRAINT fk_recovery_policy FOREIGN KEY (tenant_id, policy_id) REFERENCES recovery_policy (tenant_id, id),
    INDEX ix_recovery_incident (tenant_id, incident_id),
    INDEX ix_recovery_status (tenant_id, status, due_at),
    INDEX ix_recovery_requested (tenant_id, requested_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What a staff member granted without approval, per option and day: the row locked to keep daily limits under concurrency.
CREATE TABLE staff_day_total (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id      BIGINT       NOT NULL,
    username       VARCHAR(255) NOT NULL,
    day            DATE         NOT NULL,
    option_id      BIGINT       NOT NULL,
    granted_minor  BIGINT       NOT NULL,
    granted_count  INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_staff_day UNIQUE (tenant_id, username, day, option_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- In-app notices: exception requests for managers, overdue escalations for executives.
CREATE TABLE notification (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id      BIGINT        NOT NULL,
    recipient_role VARCHAR(30)   NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    incident_id    BIGINT,
    recovery_id    BIGINT,
    created_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_notification_role (tenant_id, recipient_role, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
