-- The rest of the compliance report by days, not by rows: recoveries, decision times, promises and feedback per
-- tenant, location, the tenant's local day and the dimensions the report shows, kept up to date in the transaction
-- of every change. Location 0 holds the whole tenant (location ids start at 1), so a report on every location
-- reads days x dimensions, and one on some locations reads those locations' rows; both are a range of the key.

-- Recoveries by the tenant's day of the request: status, currency, granted over the per-incident limit, decided
-- after the due time. value_minor: the approved amount, else the requested one, in minor units of the currency;
-- largest_minor only grows, which is exact for granted and approved recoveries (nothing is ever taken from them).
CREATE TABLE recovery_day (
    tenant_id     BIGINT      NOT NULL,
    location_id   BIGINT      NOT NULL,
    day           DATE        NOT NULL,
    option_id     BIGINT      NOT NULL,
    status        VARCHAR(20) NOT NULL,
    currency      CHAR(3)     NOT NULL,
    over_limit    BOOLEAN     NOT NULL,
    late_decision BOOLEAN     NOT NULL,
    recoveries    BIGINT      NOT NULL,
    value_minor   BIGINT      NOT NULL,
    largest_minor BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, location_id, day, option_id, status, currency, over_limit, late_decision)
) ENGINE=InnoDB;

-- Decided exceptions by the tenant's day of the request and whole minutes from request to decision (exact).
CREATE TABLE recovery_decision_day (
    tenant_id   BIGINT NOT NULL,
    location_id BIGINT NOT NULL,
    day         DATE   NOT NULL,
    minutes     BIGINT NOT NULL,
    decisions   BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, location_id, day, minutes)
) ENGINE=InnoDB;

-- Promises by the tenant's day they are due, owner ('' for the location's queue) and recorded outcome. The owner
-- compares as in the promise table, so a group here is a group there.
CREATE TABLE promise_day (
    tenant_id   BIGINT       NOT NULL,
    location_id BIGINT       NOT NULL,
    day         DATE         NOT NULL,
    owner       VARCHAR(255) NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    promises    BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, location_id, day, owner, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Customers' answers by the tenant's day they were given, at the location of their case.
CREATE TABLE feedback_day (
    tenant_id        BIGINT NOT NULL,
    location_id      BIGINT NOT NULL,
    day              DATE   NOT NULL,
    answers          BIGINT NOT NULL,
    solved           BIGINT NOT NULL,
    satisfaction_sum BIGINT NOT NULL,
    satisfied        BIGINT NOT NULL,
    promoters        BIGINT NOT NULL,
    passives         BIGINT NOT NULL,
    detractors       BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, location_id, day)
) ENGINE=InnoDB;

-- Incidents of the whole tenant by its day and root cause: incident_day without the locations.
CREATE TABLE incident_tenant_day (
    tenant_id  BIGINT      NOT NULL,
    day        DATE        NOT NULL,
    root_cause VARCHAR(30) NOT NULL,
    incidents  BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, day, root_cause)
) ENGINE=InnoDB;

-- Every tenant's days are counted again when the application starts, these tables with them.
INSERT IGNORE INTO incident_day_pending (tenant_id) SELECT id FROM tenant;
