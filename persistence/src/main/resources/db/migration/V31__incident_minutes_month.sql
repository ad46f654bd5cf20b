-- The response and resolution times of incident_minutes_day again by the tenant's month (its first day): a year's
-- report reads the whole months here and only the days at its two ends by day, a twelfth of the rows. Kept in the
-- same transaction as the day rows (IncidentDays); filled here from the day rows, which are complete.
CREATE TABLE incident_minutes_month (
    tenant_id BIGINT  NOT NULL,
    month     DATE    NOT NULL,
    kind      CHAR(1) NOT NULL,
    minutes   INT     NOT NULL,
    incidents BIGINT  NOT NULL,
    PRIMARY KEY (tenant_id, month, kind, minutes)
) ENGINE=InnoDB;

INSERT INTO incident_minutes_month (tenant_id, month, kind, minutes, incidents)
SELECT tenant_id, DATE_SUB(day, INTERVAL DAYOFMONTH(day) - 1 DAY), kind, minutes, SUM(incidents)
FROM incident_minutes_day GROUP BY 1, 2, 3, 4;
