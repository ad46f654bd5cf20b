-- Tenants are rows of their own; everything a tenant owns carries tenant_id and is reached only through it.
CREATE TABLE tenant (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organization_id VARCHAR(36)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    business_type   VARCHAR(20)  NOT NULL,
    country         CHAR(2)      NOT NULL,
    currency        CHAR(3)      NOT NULL,
    default_language VARCHAR(8)  NOT NULL,
    time_zone       VARCHAR(64)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_tenant_organization UNIQUE (organization_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE location (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id BIGINT       NOT NULL,
    name      VARCHAR(200) NOT NULL,
    address   VARCHAR(500),
    time_zone VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    -- lets child tables reference (tenant_id, id), so a row can never point into another tenant
    CONSTRAINT uk_location_tenant UNIQUE (tenant_id, id),
    CONSTRAINT fk_location_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE incident (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id     BIGINT        NOT NULL,
    location_id   BIGINT        NOT NULL,
    occurred_at   DATETIME(6)   NOT NULL,
    what_happened VARCHAR(2000) NOT NULL,
    severity      VARCHAR(20)   NOT NULL,
    root_cause    VARCHAR(30)   NOT NULL,
    status        VARCHAR(30)   NOT NULL,
    created_by    VARCHAR(255)  NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    version       INT           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_incident_tenant UNIQUE (tenant_id, id),
    CONSTRAINT fk_incident_location FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id),
    INDEX ix_incident_tenant_occurred (tenant_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The timeline of a case: every change, who made it, when, from which value to which.
CREATE TABLE incident_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT       NOT NULL,
    incident_id BIGINT       NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(255) NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    field       VARCHAR(60),
    from_value  VARCHAR(2000),
    to_value    VARCHAR(2000),
    PRIMARY KEY (id),
    CONSTRAINT fk_incident_event_incident FOREIGN KEY (tenant_id, incident_id) REFERENCES incident (tenant_id, id),
    INDEX ix_incident_event_incident (tenant_id, incident_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
