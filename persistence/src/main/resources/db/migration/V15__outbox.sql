-- The outbox: every domain event is written here in the transaction of the change it describes, and handed to
-- its observers (notifications, mail, webhooks) by a worker once that transaction has committed. A failed hand-over
-- is retried; the event id lets a receiver recognise a duplicate.
CREATE TABLE outbox_event (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id       BIGINT        NOT NULL,
    event_id        CHAR(36)      NOT NULL,
    type            VARCHAR(40)   NOT NULL,
    incident_id     BIGINT,
    location_id     BIGINT,
    actor           VARCHAR(255),
    payload         MEDIUMTEXT    NOT NULL,
    occurred_at     DATETIME(6)   NOT NULL,
    dispatched_at   DATETIME(6),
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000),
    PRIMARY KEY (id),
    CONSTRAINT uk_outbox_event UNIQUE (event_id),
    INDEX ix_outbox_pending (dispatched_at, next_attempt_at),
    CONSTRAINT fk_outbox_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
