package app.recoverydesk.promise;

import app.recoverydesk.rollup.PromiseDays;
import app.recoverydesk.tenancy.LocationScope;
import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Filter;

/**
 * A commitment to the customer ("call back by 15:00", "refund paid in 3 days"): owned by a staff member or,
 * with no owner, by the location's queue. "Do what you say you will, when you say."
 */
@Entity
@jakarta.persistence.EntityListeners(PromiseCounting.class)
@Table(name = "promise")
@Filter(name = LocationScope.FILTER, condition = "location_id in (:" + LocationScope.PARAMETER + ")")
@NamedQuery(name = "Promise.ofIncident", query = "select p from Promise p where p.incidentId = :incidentId order by p.dueAt")
@NamedQuery(name = "Promise.openOfIncident", query = "select p from Promise p where p.incidentId = :incidentId "
        + "and p.status = app.recoverydesk.promise.PromiseStatus.OPEN")
@NamedQuery(name = "Promise.openOfOwner", query = "select p from Promise p where p.owner = :owner "
        + "and p.status = app.recoverydesk.promise.PromiseStatus.OPEN order by p.dueAt")
@NamedQuery(name = "Promise.openInQueue", query = "select p from Promise p where p.owner is null "
        + "and p.status = app.recoverydesk.promise.PromiseStatus.OPEN order by p.dueAt")
@NamedQuery(name = "Promise.byId", query = "select p from Promise p where p.id = :id")
public class Promise extends TenantOwned implements Serializable {

    /**
     * Across tenants, for the escalation job: the (id, tenant id) of open promises past their time whose owners
     * were not yet told, oldest first, of active businesses (index ix_promise_overdue). Parameters: now, batch size.
     */
    public static final String OVERDUE_SQL = "select p.id, p.tenant_id from promise p join tenant t on t.id = p.tenant_id "
            + "where p.status = 'OPEN' and p.overdue_notified_at is null and p.due_at < ? and t.status = 'ACTIVE' "
            + "order by p.due_at limit ?";

    /** Marks one promise told late only if it is still open and nobody did yet. Parameters: now, id, tenant id, now. */
    public static final String NOTIFY_SQL = "update promise set overdue_notified_at = ?, version = version + 1 "
            + "where id = ? and tenant_id = ? and status = 'OPEN' and overdue_notified_at is null and due_at < ?";

    /** Column widths (V5): what was promised, its owner's username, why it was broken. */
    public static final int MAX_WHAT = 500;
    public static final int MAX_OWNER = 255;
    public static final int MAX_REASON = 500;


    @Column(name = "incident_id", nullable = false, updatable = false)
    private Long incidentId;

    @Column(name = "location_id", nullable = false, updatable = false)
    private Long locationId;

    @Column(nullable = false, updatable = false)
    private String what;

    /** The staff member who keeps it; null for the location's queue. */
    private String owner;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PromiseStatus status;

    @Column(name = "kept_at")
    private Instant keptAt;

    @Column(name = "broken_reason")
    private String brokenReason;

    @Column(name = "overdue_notified_at")
    private Instant overdueNotifiedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    /** What the report's daily rollup holds this promise under, as it was read or last written. */
    @jakarta.persistence.Transient
    private PromiseDays.Key countedAs;

    protected Promise() {
    }

    /** What the report's daily rollup counts this promise by. */
    PromiseDays.Key countKey() {
        return new PromiseDays.Key(getTenantId(), locationId, dueAt, owner, status.name());
    }

    PromiseDays.Key countedAs() {
        return countedAs;
    }

    void countedAs(PromiseDays.Key key) {
        this.countedAs = key;
    }

    public Promise(long incidentId, long locationId, String what, String owner, Instant dueAt, String createdBy, Instant now) {
        this.incidentId = incidentId;
        this.locationId = locationId;
        this.what = Objects.requireNonNull(what, "what").strip();
        this.owner = owner == null || owner.isBlank() ? null : owner.strip();
        this.dueAt = Objects.requireNonNull(dueAt, "dueAt");
        this.status = PromiseStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Kept now: on time if by the due time, else late. */
    public void keep(Instant now) {
        requireOpen();
        keptAt = now;
        status = now.isAfter(dueAt) ? PromiseStatus.LATE : PromiseStatus.KEPT;
    }

    /** Broken: cancelled, or still open when a manager closed the case. */
    public void breakWith(String reason) {
        requireOpen();
        status = PromiseStatus.BROKEN;
        brokenReason = reason;
    }

    /** Hands the promise to someone else (null: the location's queue); answers the previous owner. */
    public String handOver(String newOwner) {
        requireOpen();
        String previous = owner;
        owner = newOwner == null || newOwner.isBlank() ? null : newOwner.strip();
        return previous;
    }

    public void overdueNotified(Instant now) {
        overdueNotifiedAt = now;
    }

    public boolean isOverdue(Instant now) {
        return status == PromiseStatus.OPEN && dueAt.isBefore(now);
    }

    private void requireOpen() {
        if (status != PromiseStatus.OPEN) {
            throw new PromiseClosedException();
        }
    }

    public Long getIncidentId() { return incidentId; }
    public Long getLocationId() { return locationId; }
    public String getWhat() { return what; }
    public String getOwner() { return owner; }
    public Instant getDueAt() { return dueAt; }
    public PromiseStatus getStatus() { return status; }
    public Instant getKeptAt() { return keptAt; }
    public String getBrokenReason() { return brokenReason; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public int getVersion() { return version; }
}
