-- Fix first, then announce: an initiative's fix work, the incidents it addresses, the measured effect, its history.
CREATE TABLE initiative (
    id                  BIGINT         NOT NULL AUTO_INCREMENT,
    tenant_id           BIGINT         NOT NULL,
    title               VARCHAR(200)   NOT NULL,
    problem             VARCHAR(2000)  NOT NULL,
    owner               VARCHAR(255)   NOT NULL,
    root_cause          VARCHAR(30),
    category_id         BIGINT,
    location_ids        VARCHAR(1000),
    expected_effect     VARCHAR(1000),
    target_drop_percent INT            NOT NULL,
    window_days         INT            NOT NULL,
    status              VARCHAR(20)    NOT NULL,
    fixed_at            DATETIME(6),
    baseline_count      INT,
    after_count         INT,
    announcement        VARCHAR(4000),
    override_reason     VARCHAR(1000),
    abandoned_reason    VARCHAR(1000),
    created_by          VARCHAR(255)   NOT NULL,
    created_at          DATETIME(6)    NOT NULL,
    version             INT            NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_initiative_tenant UNIQUE (tenant_id, id),
    INDEX ix_initiative_status (tenant_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE initiative_item (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id     BIGINT        NOT NULL,
    initiative_id BIGINT        NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    owner         VARCHAR(255)  NOT NULL,
    due_date      DATE          NOT NULL,
    done          BOOLEAN       NOT NULL,
    trained       VARCHAR(1000),
    PRIMARY KEY (id),
    CONSTRAINT fk_item_initiative FOREIGN KEY (tenant_id, initiative_id) REFERENCES initiative (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE initiative_incident (
    id            BIGINT  NOT NULL AUTO_INCREMENT,
    tenant_id     BIGINT  NOT NULL,
    initiative_id BIGINT  NOT NULL,
    incident_id   BIGINT  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_initiative_incident UNIQUE (tenant_id, initiative_id, incident_id),
    CONSTRAINT fk_link_initiative FOREIGN KEY (tenant_id, initiative_id) REFERENCES initiative (tenant_id, id),
    CONSTRAINT fk_link_incident FOREIGN KEY (tenant_id, incident_id) REFERENCES incident (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE initiative_event (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    tenant_id     BIGINT        NOT NULL,
    initiative_id BIGINT        NOT NULL,
    occurred_at   DATETIME(6)   NOT NULL,
    actor         VARCHAR(255)  NOT NULL,
    from_status   VARCHAR(20),
    to_status     VARCHAR(20)   NOT NULL,
    reason        VARCHAR(1000),
    PRIMARY KEY (id),
    CONSTRAINT fk_event_initiative FOREIGN KEY (tenant_id, initiative_id) REFERENCES initiative (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
