-- Where the tenant wants it, frontline staff see only the incidents of the locations they are assigned to.
ALTER TABLE tenant ADD COLUMN restrict_to_locations BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE staff_location (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT       NOT NULL,
    username    VARCHAR(255) NOT NULL,
    location_id BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_staff_location UNIQUE (tenant_id, username, location_id),
    CONSTRAINT fk_staff_location_location FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
