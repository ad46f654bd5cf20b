-- The customer hears back, the managers are told: every mail waits in an outbox written in the transaction of the
-- change that causes it, and a worker sends it through SMTP once that has committed, retrying a failed try.

-- The customer's preferred language for what the business writes to them; the business's until said otherwise.
ALTER TABLE customer ADD COLUMN language VARCHAR(8);
UPDATE customer c JOIN tenant t ON t.id = c.tenant_id SET c.language = t.default_language;
ALTER TABLE customer MODIFY language VARCHAR(8) NOT NULL;

-- Which mails a business sends: one reminder of the feedback invitation after so many days (0: none), and who
-- hears of a new exception request and of an overdue promise.
ALTER TABLE tenant
    ADD COLUMN feedback_reminder_days    INT     NOT NULL DEFAULT 3,
    ADD COLUMN mail_exception_managers   BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN mail_exception_executives BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN mail_overdue_owner        BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN mail_overdue_managers     BOOLEAN NOT NULL DEFAULT TRUE;

-- A reminder goes once per case: the link it was sent for, and the link it carries, are marked.
ALTER TABLE feedback_link ADD COLUMN reminded_at DATETIME(6);
CREATE INDEX ix_feedback_link_reminder ON feedback_link (used_at, reminded_at, created_at);

CREATE TABLE outbound_mail (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id       BIGINT        NOT NULL,
    incident_id     BIGINT,
    purpose         VARCHAR(24)   NOT NULL,
    recipient       VARCHAR(254)  NOT NULL,
    sender_name     VARCHAR(200)  NOT NULL,
    subject         VARCHAR(500)  NOT NULL,
    body            TEXT,
    status          VARCHAR(12)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000),
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6),
    PRIMARY KEY (id),
    INDEX ix_outbound_mail_due (status, next_attempt_at),
    INDEX ix_outbound_mail_incident (tenant_id, incident_id),
    CONSTRAINT fk_outbound_mail_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
