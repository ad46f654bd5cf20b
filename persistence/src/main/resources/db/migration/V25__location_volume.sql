-- How much business a location did on each of its days (covers, room nights or rentals, by the business's kind),
-- so that incidents can be read per 1,000 units. One row per location and day: recording a day again replaces it.
CREATE TABLE location_volume (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT      NOT NULL,
    location_id BIGINT      NOT NULL,
    day         DATE        NOT NULL,
    units       BIGINT      NOT NULL,
    recorded_by VARCHAR(255) NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_location_volume_day UNIQUE (tenant_id, location_id, day),
    CONSTRAINT ck_location_volume_units CHECK (units >= 0),
    CONSTRAINT fk_location_volume_location FOREIGN KEY (tenant_id, location_id) REFERENCES location (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The gate's measure per 1,000 units of both windows, where volume was recorded for both (else null: the raw
-- counts decided).
ALTER TABLE initiative ADD COLUMN baseline_rate DECIMAL(19, 4), ADD COLUMN after_rate DECIMAL(19, 4);
