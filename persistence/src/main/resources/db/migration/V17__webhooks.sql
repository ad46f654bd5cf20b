-- Webhooks: endpoints a tenant admin registers (a URL, the events it wants, the secret its deliveries are signed
-- with), and one delivery per event and endpoint, tried in order per endpoint until it answers 2xx or a day has
-- passed. The worker looks for the oldest pending delivery of each endpoint that is due.
CREATE TABLE webhook_endpoint (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id   BIGINT        NOT NULL,
    url         VARCHAR(2000) NOT NULL,
    events      VARCHAR(1000) NOT NULL,
    secret      VARCHAR(200)  NOT NULL,
    active      BOOLEAN       NOT NULL DEFAULT TRUE,
    created_by  VARCHAR(255)  NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    INDEX ix_webhook_endpoint_tenant (tenant_id, active),
    CONSTRAINT fk_webhook_endpoint_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE webhook_delivery (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id        BIGINT        NOT NULL,
    endpoint_id      BIGINT        NOT NULL,
    event_id         CHAR(36)      NOT NULL,
    event_type       VARCHAR(40)   NOT NULL,
    payload          MEDIUMTEXT    NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)   NOT NULL,
    first_attempt_at DATETIME(6),
    last_attempt_at  DATETIME(6),
    last_status_code INT,
    last_error       VARCHAR(1000),
    created_at       DATETIME(6)   NOT NULL,
    delivered_at     DATETIME(6),
    PRIMARY KEY (id),
    -- an event reaches an endpoint once, however often its hand-over is retried
    CONSTRAINT uk_webhook_delivery UNIQUE (endpoint_id, event_id),
    -- the head of each endpoint's queue, and the log newest first
    INDEX ix_webhook_delivery_queue (endpoint_id, status, id),
    -- what is due across endpoints
    INDEX ix_webhook_delivery_due (status, next_attempt_at),
    CONSTRAINT fk_webhook_delivery_endpoint FOREIGN KEY (endpoint_id) REFERENCES webhook_endpoint (id),
    CONSTRAINT fk_webhook_delivery_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
