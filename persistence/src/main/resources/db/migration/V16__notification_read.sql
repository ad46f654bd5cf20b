-- Who has read which notice: a notice to a role is one row for all its recipients, so each reader marks it read
-- for themselves. The unread count in the header reads the newest notices of the tenant first.
CREATE TABLE notification_read (
    tenant_id       BIGINT       NOT NULL,
    notification_id BIGINT       NOT NULL,
    username        VARCHAR(255) NOT NULL,
    read_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (notification_id, username),
    CONSTRAINT fk_notification_read FOREIGN KEY (notification_id) REFERENCES notification (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_notification_newest ON notification (tenant_id, created_at);
CREATE INDEX ix_notification_user ON notification (tenant_id, recipient_username, created_at);
