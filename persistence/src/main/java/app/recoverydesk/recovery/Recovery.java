package app.recoverydesk.recovery;

import app.recoverydesk.money.Money;
import app.recoverydesk.rollup.RecoveryDays;
import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One remedy for an incident: granted at once within policy, or an exception waiting for a manager. It
 * remembers the policy version it was judged against and which limits it exceeded.
 */
@Entity
@jakarta.persistence.EntityListeners(RecoveryCounting.class)
@Table(name = "recovery")
@NamedQuery(name = "Recovery.ofIncident", query = "select r from Recovery r where r.incidentId = :incidentId order by r.id")
@NamedQuery(name = "Recovery.pending", query = "select r from Recovery r where r.status = app.recoverydesk.recovery.RecoveryStatus.PENDING order by r.dueAt asc, r.id asc")
@NamedQuery(name = "Recovery.byId", query = "select r from Recovery r where r.id = :id")
public class Recovery extends TenantOwned implements Serializable {

    /**
     * Across tenants, for the escalation job: the (id, tenant id) of exception requests past their target time and
     * not yet escalated, oldest first, of active businesses (index ix_recovery_overdue). Parameters: now, batch size.
     */
    public static final String OVERDUE_SQL = "select r.id, r.tenant_id from recovery r join tenant t on t.id = r.tenant_id "
            + "where r.status = 'PENDING' and r.escalated_at is null and r.due_at < ? and t.status = 'ACTIVE' "
            + "order by r.due_at limit ?";

    /**
     * Marks one request escalated only if it still waits and nobody did yet: of two jobs racing for it (two nodes,
     * a timer firing twice) one changes the row. Parameters: now, id, tenant id, now.
     */
    public static final String ESCALATE_SQL = "update recovery set escalated_at = ?, version = version + 1 "
            + "where id = ? and tenant_id = ? and status = 'PENDING' and escalated_at is null and due_at < ?";

    @Column(name = "incident_id", nullable = false, updatable = false)
    private Long incidentId;

    @Column(name = "option_id", nullable = false, updatable = false)
    private Long optionId;

    @Column(name = "policy_id", nullable = false, updatable = false)
    private Long policyId;

    @Column(name = "location_id", nullable = false, updatable = false)
    private Long locationId;

    @Column(name = "amount_minor", updatable = false)
    private Long amountMinor;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(updatable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecoveryStatus status;

    @Column(updatable = false)
    private String exceeded;

    /** Granted over the per-incident limit of its policy version, decided when it is granted (V30). */
    @Column(name = "over_limit", updatable = false)
    private boolean overLimit;

    @Column(updatable = false)
    private String reason;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "due_at", updatable = false)
    private Instant dueAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "approved_minor")
    private Long approvedMinor;

    /** Who takes the request; not versioned, so that assigning never makes a concurrent decision fail. */
    @Column
    @OptimisticLock(excluded = true)
    private String assignee;

    @Version
    private int version;

    /** What the report's daily rollup holds this recovery under, as it was read or last written. */
    @jakarta.persistence.Transient
    private RecoveryDays.Key countedAs;

    protected Recovery() {
    }

    /** What the report's daily rollup counts this recovery by. */
    RecoveryDays.Key countKey() {
        return new RecoveryDays.Key(getTenantId(), locationId, requestedAt, optionId, policyId, status.name(), currency,
                exceeded != null, amountMinor, approvedMinor, dueAt, decidedAt);
    }

    RecoveryDays.Key countedAs() {
        return countedAs;
    }

    void countedAs(RecoveryDays.Key key) {
        this.countedAs = key;
    }

    /** Judged against {@code policy}: granted when nothing is exceeded, else pending until {@code target} from now. */
    public Recovery(long incidentId, long locationId, RecoveryPolicy policy, Money amount, String note,
                    Set<Limit> exceeded, String reason, String requestedBy, Instant now, Duration target) {
        this.incidentId = incidentId;
        this.locationId = locationId;
        this.optionId = policy.getOptionId();
        this.policyId = policy.getId();
        this.amountMinor = amount == null ? null : amount.minorUnits();
        this.currency = policy.getCurrency().getCurrencyCode();
        this.note = note;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        if (exceeded.isEmpty()) {
            this.status = RecoveryStatus.GRANTED;
            this.overLimit = policy.isOverPerIncident(amount);
        } else {
            this.status = RecoveryStatus.PENDING;
            this.exceeded = exceeded.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
            this.reason = reason;
            this.dueAt = now.plus(target);
        }
    }

    /** A manager's decision; refused for one's own request and once decided (the first decision wins). */
    public void decide(boolean approve, Money approvedAmount, String decisionReason, String manager, Instant now) {
        if (manager.equals(requestedBy)) {
            throw new SelfApprovalException();
        }
        if (status != RecoveryStatus.PENDING) {
            throw new AlreadyDecidedException();
        }
        this.status = approve ? RecoveryStatus.APPROVED : RecoveryStatus.REJECTED;
        this.approvedMinor = approve ? (approvedAmount != null ? approvedAmount.minorUnits() : amountMinor) : null;
        this.decisionReason = decisionReason;
        this.decidedBy = manager;
        this.decidedAt = now;
    }

    /** Assigns the request to a manager (null: nobody); answers who had it. Only while it waits for a decision. */
    public String assign(String manager) {
        if (status != RecoveryStatus.PENDING) {
            throw new AlreadyDecidedException();
        }
        String previous = assignee;
        this.assignee = manager;
        return previous;
    }

    public void escalated(Instant now) {
        this.escalatedAt = now;
    }

    public boolean isOverdue(Instant now) {
        return status == RecoveryStatus.PENDING && dueAt != null && dueAt.isBefore(now);
    }

    public Long getIncidentId() { return incidentId; }
    public Long getOptionId() { return optionId; }
    public Long getPolicyId() { return policyId; }
    public Long getLocationId() { return locationId; }
    public Money getAmount() { return amountMinor == null ? null : Money.ofMinor(amountMinor, Currency.getInstance(currency)); }
    public Money getApprovedAmount() { return approvedMinor == null ? null : Money.ofMinor(approvedMinor, Currency.getInstance(currency)); }
    public String getNote() { return note; }
    public RecoveryStatus getStatus() { return status; }
    public Set<Limit> getExceeded() {
        return exceeded == null ? Set.of() : Arrays.stream(exceeded.split(",")).map(Limit::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Limit.class)));
    }
    public String getReason() { return reason; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getDueAt() { return dueAt; }
    public Instant getEscalatedAt() { return escalatedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionReason() { return decisionReason; }
    public String getAssignee() { return assignee; }
    public int getVersion() { return version; }
}
