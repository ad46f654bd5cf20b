-- The audit log: who changed what in a business's setup (and read what is sensitive), from which value to which.
-- Entries are only ever inserted. Each carries the hash of the tenant's previous entry, so a row changed or removed
-- by hand breaks the chain where it was; audit_head holds each tenant's last link and serialises appends.
CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT        NOT NULL,
    seq         BIGINT        NOT NULL,
    at          DATETIME(6)   NOT NULL,
    actor       VARCHAR(255)  NOT NULL,
    kind        VARCHAR(60)   NOT NULL,
    subject     VARCHAR(255)  NOT NULL,
    from_value  TEXT,
    to_value    TEXT,
    prev_hash   CHAR(64)      NOT NULL,
    hash        CHAR(64)      NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_audit_seq UNIQUE (tenant_id, seq),
    INDEX ix_audit_at (tenant_id, at),
    INDEX ix_audit_actor (tenant_id, actor, at),
    INDEX ix_audit_kind (tenant_id, kind, at),
    CONSTRAINT fk_audit_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_head (
    tenant_id BIGINT   NOT NULL,
    seq       BIGINT   NOT NULL,
    hash      CHAR(64) NOT NULL,
    PRIMARY KEY (tenant_id),
    CONSTRAINT fk_audit_head_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
