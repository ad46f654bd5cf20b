package app.recoverydesk.incident;

import app.recoverydesk.tenancy.Location;
import app.recoverydesk.tenancy.LocationScope;
import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.Filter;

/**
 * One service failure as it happened: where, when, what, how bad and why. The tenant is stamped by
 * Hibernate from the caller's token; a case is never created for another tenant.
 */
@Entity
@Table(name = "incident")
@Filter(name = LocationScope.FILTER, condition = "location_id in (:" + LocationScope.PARAMETER + ")")
@NamedQuery(name = "Incident.byId", query = "select i from Incident i join fetch i.location "
        + "left join fetch i.category left join fetch i.customer where i.id = :id")
@NamedQuery(name = "Incident.countById", query = "select count(i) from Incident i where i.id = :id")
@NamedQuery(name = "Incident.ofCustomer", query = "select i from Incident i join fetch i.location "
        + "where i.customer.id = :customerId and i.id <> :excluding order by i.occurredAt desc")
public class Incident extends TenantOwned implements Serializable {


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

    @Column(name = "root_cause_note", length = 1000)
    private String rootCauseNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private IncidentCategory category;

    @Column(name = "customer_expected", length = 2000)
    private String customerExpected;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentStatus status;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The first move out of "open": how long the customer waited for someone to act. */
    @Column(name = "responded_at")
    private Instant respondedAt;

    /** When the case was last resolved (or closed); cleared when it is reopened. */
    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Version
    private int version;

    protected Incident() {
    }

    /** Logs a new, open incident. */
    public Incident(Location location, Instant occurredAt, Details details, String createdBy, Instant now) {
        this.location = Objects.requireNonNull(location, "location");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.status = IncidentStatus.OPEN;
        setOccurredAt(occurredAt, now);
        apply(details);
    }

    /**
     * What staff describe about a failure, apart from where and when. A record so that a revision can be
     * compared field by field with what was there before.
     */
    public record Details(String whatHappened, Severity severity, RootCause rootCause, String rootCauseNote,
                          Channel channel, IncidentCategory category, String customerExpected, Customer customer) {
        public Details {
            Objects.requireNonNull(whatHappened, "whatHappened");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(rootCause, "rootCause");
            Objects.requireNonNull(channel, "channel");
            whatHappened = whatHappened.strip();
            rootCauseNote = blankToNull(rootCauseNote);
            customerExpected = blankToNull(customerExpected);
        }
    }

    public Details details() {
        return new Details(whatHappened, severity, rootCause, rootCauseNote, channel, category, customerExpected,
                customer);
    }

    /** Revises the description; answers the audit entries of what changed, from which value to which. */
    public List<IncidentEvent> revise(Location newLocation, Instant newOccurredAt, Details revised, String actor,
                                      Instant now) {
        List<IncidentEvent> changes = new ArrayList<>();
        Details before = details();
        record("location", location.getName(), newLocation.getName(), changes, actor, now);
        record("occurredAt", occurredAt, newOccurredAt, changes, actor, now);
        record("whatHappened", before.whatHappened(), revised.whatHappened(), changes, actor, now);
        record("severity", before.severity(), revised.severity(), changes, actor, now);
        record("rootCause", before.rootCause(), revised.rootCause(), changes, actor, now);
        record("rootCauseNote", before.rootCauseNote(), revised.rootCauseNote(), changes, actor, now);
        record("channel", before.channel(), revised.channel(), changes, actor, now);
        record("category", codeOf(before.category()), codeOf(revised.category()), changes, actor, now);
        record("customerExpected", before.customerExpected(), revised.customerExpected(), changes, actor, now);
        record("customer", idOf(before.customer()), idOf(revised.customer()), changes, actor, now);
        this.location = Objects.requireNonNull(newLocation, "location");
        setOccurredAt(newOccurredAt, now);
        apply(revised);
        return changes;
    }

    /** Moves the case along its lifecycle; refuses what the lifecycle does not allow. */
    public IncidentEvent moveTo(IncidentStatus target, String actor, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(status, target);
        }
        IncidentEvent event = IncidentEvent.changed(this, now, actor, "status", status.name(), target.name());
        if (respondedAt == null) {
            respondedAt = now;
        }
        if (target == IncidentStatus.REOPENED) {
            resolvedAt = null;
        } else if (target == IncidentStatus.RESOLVED || resolvedAt == null && target == IncidentStatus.CLOSED) {
            resolvedAt = now;
        }
        status = target;
        return event;
    }

    /**
     * The words this incident is found by in a search: what happened, what the customer expected, the note, and the
     * customer's name and contact while they are kept (an erased customer is found by nothing).
     */
    public List<IncidentWord> searchWords() {
        boolean kept = customer != null && !customer.isErased();
        return SearchWords.ofCase(whatHappened, customerExpected, rootCauseNote, kept ? customer.getName() : null,
                        kept ? customer.getContact() : null).stream().map(word -> new IncidentWord(word, getId())).toList();
    }

    private void apply(Details d) {
        this.whatHappened = d.whatHappened();
        this.severity = d.severity();
        this.rootCause = d.rootCause();
        this.rootCauseNote = d.rootCauseNote();
        this.channel = d.channel();
        this.category = d.category();
        this.customerExpected = d.customerExpected();
        this.customer = d.customer();
    }

    private void setOccurredAt(Instant occurredAt, Instant now) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        if (occurredAt.isAfter(now)) {
            throw new IllegalArgumentException("An incident cannot occur in the future");
        }
    }

    private void record(String field, Object from, Object to, List<IncidentEvent> changes, String actor, Instant now) {
        if (!Objects.equals(from, to)) {
            changes.add(IncidentEvent.changed(this, now, actor, field, from == null ? null : from.toString(),
                    to == null ? null : to.toString()));
        }
    }

    private static String codeOf(IncidentCategory c) {
        return c == null ? null : c.getCode();
    }

    private static Long idOf(Customer c) {
        return c == null ? null : c.getId();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
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

    public String getRootCauseNote() {
        return rootCauseNote;
    }

    public Channel getChannel() {
        return channel;
    }

    public IncidentCategory getCategory() {
        return category;
    }

    public String getCustomerExpected() {
        return customerExpected;
    }

    public Customer getCustomer() {
        return customer;
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

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public int getVersion() {
        return version;
    }
}
