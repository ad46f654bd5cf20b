-- The inner loop: after a recovery, the customer is asked whether it worked. The link's token is stored hashed.
CREATE TABLE feedback_link (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT       NOT NULL,
    incident_id BIGINT       NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    language    VARCHAR(8)   NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6),
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_feedback_token UNIQUE (token_hash),
    CONSTRAINT fk_feedback_link_incident FOREIGN KEY (tenant_id, incident_id) REFERENCES incident (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE feedback (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id    BIGINT        NOT NULL,
    incident_id  BIGINT        NOT NULL,
    solved       BOOLEAN       NOT NULL,
    satisfaction TINYINT       NOT NULL,
    recommend    TINYINT       NOT NULL,
    comment      VARCHAR(2000),
    created_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_feedback_incident FOREIGN KEY (tenant_id, incident_id) REFERENCES incident (tenant_id, id),
    INDEX ix_feedback_incident (tenant_id, incident_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
