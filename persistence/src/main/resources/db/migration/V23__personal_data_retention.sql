-- Personal data: how long a business keeps its customers' details after their last case is closed (0: until erased
-- by hand), when a customer was erased or anonymised, and a log of the retention job's runs.
ALTER TABLE tenant ADD COLUMN retention_months INT NOT NULL DEFAULT 24;

ALTER TABLE customer ADD COLUMN erased_at DATETIME(6);

CREATE TABLE retention_run (
    id                   BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id            BIGINT      NOT NULL,
    started_at           DATETIME(6) NOT NULL,
    finished_at          DATETIME(6),
    retention_months     INT         NOT NULL,
    customers_anonymised INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    INDEX ix_retention_run_tenant (tenant_id, started_at),
    CONSTRAINT fk_retention_run_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
