-- Saved views of the incident list: a user's own filters and sort under a name, per tenant. The name is unique for
-- the user (in any case: the collation ignores it); the filters are kept as the list's query string.
CREATE TABLE saved_view (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT        NOT NULL,
    username    VARCHAR(255)  NOT NULL,
    name        VARCHAR(60)   NOT NULL,
    query       VARCHAR(1000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_saved_view_name (tenant_id, username, name),
    CONSTRAINT fk_saved_view_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The search also finds a case by its customer's name and contact (SearchWords.ofCase). Cases with a kept customer
-- lose their words here and get them anew, with the customer's, at the next start (SearchWordBackfill).
DELETE w FROM incident_word w
    JOIN incident i ON i.tenant_id = w.tenant_id AND i.id = w.incident_id
    JOIN customer c ON c.tenant_id = i.tenant_id AND c.id = i.customer_id
WHERE c.erased_at IS NULL AND (c.name IS NOT NULL OR c.contact IS NOT NULL);
