package app.recoverydesk.incident;

import app.recoverydesk.tenancy.Location;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.TenantId;

/**
 * One service failure as it happened: where, when, what, how bad and why. The tenant is stamped by
 * Hibernate from the caller's token; a case is never created for another tenant.
 */
@Entity
@Table(name = "incident")
@NamedQuery(name = "Incident.newestFirst",
        query = "select i from Incident i join fetch i.location order by i.occurredAt desc, i.id desc")
@NamedQuery(name = "Incident.count", query = "select count(i) from Incident i")
@NamedQuery(name = "Incident.byId", query = "select i from Incident i join fetch i.location where i.id = :id")
public class Incident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private Long tenantId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "location_id", nullable = false)
    private Location location;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "what_happened", nullable = false, length = 2000)
    private String whatHappened;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(name = "root_cause", nullable = false)
    private RootCause rootCause;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentStatus status;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Incident() {
    }

    /** Logs a new, open incident. */
    public Incident(Location location, Instant occurredAt, String whatHappened, Severity severity,
                    RootCause rootCause, String createdBy, Instant now) {
        this.location = Objects.requireNonNull(location, "location");
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.whatHappened = Objects.requireNonNull(whatHappened, "whatHappened").strip();
        this.severity = Objects.requireNonNull(severity, "severity");
        this.rootCause = Objects.requireNonNull(rootCause, "rootCause");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(now, "now");
        if (occurredAt.isAfter(now)) {
            throw new IllegalArgumentException("An incident cannot occur in the future");
        }
        this.status = IncidentStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public Location getLocation() {
        return location;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public Severity getSeverity() {
        return severity;
    }

    public RootCause getRootCause() {
        return rootCause;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }
}
