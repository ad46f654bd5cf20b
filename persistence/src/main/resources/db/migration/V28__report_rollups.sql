-- The compliance report counts incidents by days and locations, not by rows: one row per tenant, the tenant's
-- local day, location, the location's local day (for rates per 1,000 units, which go by the location's days) and
-- root cause, kept up to date in the transaction of every change of an incident.
CREATE TABLE incident_day (
    tenant_id    BIGINT      NOT NULL,
    day          DATE        NOT NULL,
    location_id  BIGINT      NOT NULL,
    location_day DATE        NOT NULL,
    root_cause   VARCHAR(30) NOT NULL,
    incidents    BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, day, location_id, location_day, root_cause)
) ENGINE=InnoDB;


-- Response (R) and resolution (S) times of the tenant's incidents by the tenant's local day of the incident, for
-- the whole business's median and 90th percentile: minutes exactly below 64, above in steps of less than 1/32 of
-- the time (see IncidentDays.step), so a day has at most a few hundred rows however many incidents it had.
CREATE TABLE incident_minutes_day (
    tenant_id BIGINT  NOT NULL,
    day       DATE    NOT NULL,
    kind      CHAR(1) NOT NULL,
    minutes   INT     NOT NULL,
    incidents BIGINT  NOT NULL,
    PRIMARY KEY (tenant_id, day, kind, minutes)
) ENGINE=InnoDB;

-- Tenants whose days are to be counted again from their incidents (all of them now; later one whose time zone or
-- a location's changed): the application does it when it starts, as zones are named the Java way, not MariaDB's.
CREATE TABLE incident_day_pending (
    tenant_id BIGINT NOT NULL PRIMARY KEY
) ENGINE=InnoDB;

INSERT INTO incident_day_pending (tenant_id) SELECT id FROM tenant;
