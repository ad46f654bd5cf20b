-- Categories: a catalogue per tenant, seeded with the defaults of its business type (codes; labels in the bundles,
-- or a tenant's own name for categories it adds).
CREATE TABLE incident_category (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id BIGINT       NOT NULL,
    code      VARCHAR(60)  NOT NULL,
    name      VARCHAR(200),
    active    BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (id),
    CONSTRAINT uk_category_code UNIQUE (tenant_id, code),
    CONSTRAINT uk_category_tenant UNIQUE (tenant_id, id),
    CONSTRAINT fk_category_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A customer is recognised again by their contact (normalised), within one tenant only.
CREATE TABLE customer (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT       NOT NULL,
    name        VARCHAR(200),
    contact     VARCHAR(254),
    contact_key VARCHAR(254),
    consent     BOOLEAN      NOT NULL,
    consent_at  DATETIME(6),
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_customer_contact UNIQUE (tenant_id, contact_key),
    CONSTRAINT uk_customer_tenant UNIQUE (tenant_id, id),
    CONSTRAINT fk_customer_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE incident
    ADD COLUMN channel           VARCHAR(20)   NOT NULL DEFAULT 'IN_PERSON',
    ADD COLUMN category_id       BIGINT,
    ADD COLUMN customer_expected VARCHAR(2000),
    ADD COLUMN root_cause_note   VARCHAR(1000),
    ADD COLUMN customer_id       BIGINT,
    ADD CONSTRAINT fk_incident_category FOREIGN KEY (tenant_id, category_id) REFERENCES incident_category (tenant_id, id),
    ADD CONSTRAINT fk_incident_customer FOREIGN KEY (tenant_id, customer_id) REFERENCES customer (tenant_id, id),
    DROP INDEX ix_incident_tenant_occurred,
    -- the list filters by one of these and sorts by time, always within the tenant
    ADD INDEX ix_incident_occurred (tenant_id, occurred_at, id),
    ADD INDEX ix_incident_status (tenant_id, status, occurred_at),
    ADD INDEX ix_incident_location (tenant_id, location_id, occurred_at),
    ADD INDEX ix_incident_category (tenant_id, category_id, occurred_at),
    ADD INDEX ix_incident_root_cause (tenant_id, root_cause, occurred_at),
    ADD INDEX ix_incident_severity (tenant_id, severity, occurred_at),
    ADD INDEX ix_incident_customer (tenant_id, customer_id, occurred_at);

ALTER TABLE incident ADD FULLTEXT INDEX ft_incident_text (what_happened, customer_expected, root_cause_note);

CREATE TABLE incident_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id    BIGINT       NOT NULL,
    incident_id  BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   INT          NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_by  VARCHAR(255) NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_attachment_incident FOREIGN KEY (tenant_id, incident_id) REFERENCES incident (tenant_id, id),
    INDEX ix_attachment_incident (tenant_id, incident_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
