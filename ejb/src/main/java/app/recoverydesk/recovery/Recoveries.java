package app.recoverydesk.recovery;

import app.recoverydesk.audit.AuditLog;
import app.recoverydesk.failure.TextInput;
import app.recoverydesk.money.Money;
import app.recoverydesk.event.EventType;
import app.recoverydesk.event.Events;
import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentEvent;
import app.recoverydesk.incident.IncidentStatus;
import app.recoverydesk.incident.Incidents;
import app.recoverydesk.lifecycle.CaseLifecycle;
import app.recoverydesk.tenancy.Staff;
import app.recoverydesk.tenancy.StaffLocations;
import app.recoverydesk.tenancy.Tenant;
import app.recoverydesk.tenancy.CurrentTenant;
import app.recoverydesk.tenancy.TenantContext;
import app.recoverydesk.failure.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Granting recoveries and deciding exceptions. Within every limit of the policy in force a grant takes effect
 * at once; above any limit it becomes a request for the managers, due within the tenant's target time.
 */
@Stateless
public class Recoveries {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Incidents incidents;

    @Inject
    private CaseLifecycle lifecycle;

    @Inject
    private Events events;

    @Inject
    private RecoveryCatalogue catalogue;

    @Inject
    private TenantContext caller;

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private StaffLocations staffLocations;

    @Inject
    private Staff staff;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public Recovery grant(long incidentId, @NotNull @Valid GrantRequest request) {
        incidents.requireExists(incidentId);
        Tenant tenant = currentTenant.get();
        Instant now = clock.instant();
        RecoveryOption option = catalogue.option(request.getOptionId())
                .orElseThrow(() -> new InvalidInputException("optionId", "recovery.option.unknown"));
        // the caller's grants of this option today are serialised here; the case is then read locked, so that its
        // latest version is seen (not the transaction's snapshot) and grants on one case follow one another
        StaffDayTotal today = lockedDayTotal(tenant, option, now);
        Incident incident = incidents.requireLocked(incidentId);
        RecoveryPolicy policy = catalogue.policyInForce(option.getId(), now)
                .filter(p -> p.isActiveOn(LocalDate.now(tenant.getTimeZone())))
                .orElseThrow(() -> new InvalidInputException("optionId", "recovery.option.inactive"));
        Money amount = amountOf(option, request.getAmount(), policy.getCurrency());
        Set<Limit> exceeded = policy.exceededBy(amount, caller.roles(), incident.getLocation().getId(),
                today.granted(option.isMonetary()));
        if (!exceeded.isEmpty() && (request.getReason() == null || request.getReason().isBlank())) {
            throw new InvalidInputException("reason", "recovery.reason.required");
        }
        Recovery recovery = new Recovery(incident.getId(), incident.getLocation().getId(), policy, amount,
                blankToNull(request.getNote()), exceeded, blankToNull(request.getReason()), caller.username(), now,
                tenant.getApprovalTarget());
        em.persist(recovery);
        em.flush();
        if (exceeded.isEmpty()) {
            today.add(amount);
            lifecycle.follow(incident, IncidentStatus.RECOVERING);
        } else {
            lifecycle.follow(incident, IncidentStatus.AWAITING_APPROVAL);
        }
        em.persist(IncidentEvent.recorded(incident, now, caller.username(), "recovery",
                option.getName() + (amount == null ? "" : " " + amount) + ": " + recovery.getStatus()));
        Map<String, Object> facts = factsOf(recovery);
        if (exceeded.isEmpty()) {
            events.publish(EventType.RECOVERY_GRANTED, incident.getId(), incident.getLocation().getId(), facts);
        } else {
            facts.put("limits", String.join(",", new TreeSet<>(exceeded.stream().map(Limit::name).toList())));
            facts.put("dueAt", recovery.getDueAt());
            events.publish(EventType.RECOVERY_REQUESTED, incident.getId(), incident.getLocation().getId(), facts);
        }
        return recovery;
    }

    /** Decides a pending request; the first decision wins, a later one gets {@link AlreadyDecidedException}. */
    public Recovery decide(long recoveryId, @NotNull @Valid Decision decision) {
        Recovery recovery = require(recoveryId);
        Instant now = clock.instant();
        if (!decision.isApprove() && (decision.getReason() == null || decision.getReason().isBlank())) {
            throw new InvalidInputException("reason", "recovery.reject.reason");
        }
        Money approved = decision.isApprove() && decision.getAmount() != null && recovery.getAmount() != null
                ? parse(decision.getAmount(), recovery.getAmount().currency()) : null;
        recovery.decide(decision.isApprove(), approved, blankToNull(decision.getReason()), caller.username(), now);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new AlreadyDecidedException();
        }
        Incident incident = incidents.require(recovery.getIncidentId());
        lifecycle.follow(incident, IncidentStatus.RECOVERING);
        em.persist(IncidentEvent.recorded(incident, now, caller.username(), "recovery",
                recovery.getStatus() + (approved == null ? "" : " " + approved)
                        + (recovery.getDecisionReason() == null ? "" : ": " + recovery.getDecisionReason())));
        Map<String, Object> facts = factsOf(recovery);
        facts.put("approved", decision.isApprove());
        events.publish(EventType.RECOVERY_DECIDED, incident.getId(), incident.getLocation().getId(), facts);
        return recovery;
    }

    /**
     * Assigns a pending request to a manager who may decide it (null or blank: to nobody): an active manager of the
     * caller's business who sees the request's location, never the one who asked for it. Audited, on the case's
     * timeline, and the new assignee is told.
     */
    public Recovery assign(long recoveryId, String assignee) {
        String wanted = TextInput.optional("assignee", assignee, 255);
        Recovery recovery = require(recoveryId);
        Incident incident = incidents.require(recovery.getIncidentId()); // the caller's location scope
        String username = wanted == null ? null : deciders(recovery).stream()
                .filter(c -> c.username().equalsIgnoreCase(wanted)).map(Staff.Colleague::username).findFirst()
                .orElseThrow(() -> new InvalidInputException("assignee", "approval.assignee.unknown"));
        if (java.util.Objects.equals(username, recovery.getAssignee())) {
            return recovery;
        }
        String previous = recovery.assign(username);
        Instant now = clock.instant();
        audit.record("approval.assigned", "recovery request " + recovery.getId(), previous, username);
        em.persist(IncidentEvent.changedBy(incident, now, caller.username(), "approval assignee",
                previous == null ? "nobody" : previous, username == null ? "nobody" : username));
        Map<String, Object> facts = factsOf(recovery);
        facts.put("assignee", username);
        events.publish(EventType.RECOVERY_ASSIGNED, incident.getId(), incident.getLocation().getId(), facts);
        return recovery;
    }

    /** Who a request can be assigned to: the managers who see it, but not whoever asked for it. */
    public List<Staff.Colleague> deciders(Recovery recovery) {
        return staff.decidersAt(recovery.getLocationId()).stream()
                .filter(c -> !c.username().equalsIgnoreCase(recovery.getRequestedBy())).toList();
    }

    public List<Recovery> ofIncident(long incidentId) {
        incidents.require(incidentId);
        return em.createNamedQuery("Recovery.ofIncident", Recovery.class).setParameter("incidentId", incidentId)
                .getResultList();
    }

    /**
     * Pending requests, the soonest due (or most overdue) first. A manager assigned to locations gets the requests
     * of those locations; one assigned to none gets all of the tenant's.
     */
    public List<Recovery> queue() {
        Set<Long> mine = staffLocations.of(caller.username());
        return em.createNamedQuery("Recovery.pending", Recovery.class).getResultStream()
                .filter(r -> mine.isEmpty() || mine.contains(r.getLocationId()))
                .toList();
    }

    /** As {@link #queue()}, only those the filter admits for the caller. */
    public List<Recovery> queue(AssigneeFilter filter) {
        return queue().stream().filter(r -> filter.admits(r, caller.username())).toList();
    }

    public Recovery require(long recoveryId) {
        return em.createNamedQuery("Recovery.byId", Recovery.class).setParameter("id", recoveryId)
                .getResultStream().findFirst().orElseThrow(() -> new RecoveryNotFoundException());
    }

    public RecoveryPolicy policyOf(Recovery recovery) {
        return em.createNamedQuery("RecoveryPolicy.byId", RecoveryPolicy.class).setParameter("id", recovery.getPolicyId())
                .getSingleResult();
    }

    /**
     * Escalates one overdue exception request of the caller's (the job's) tenant. True only in the one transaction
     * whose conditional update changed the row — two nodes' jobs may race for it — and only that one publishes the
     * escalation, so the executives hear of it once.
     */
    public boolean escalate(long recoveryId) {
        Instant now = clock.instant();
        long tenantId = caller.tenantId().orElseThrow(() -> new IllegalStateException("No tenant named"));
        int changed = em.createNativeQuery(Recovery.ESCALATE_SQL).setParameter(1, now).setParameter(2, recoveryId)
                .setParameter(3, tenantId).setParameter(4, now).executeUpdate();
        if (changed == 0) {
            return false;
        }
        Recovery r = em.createNamedQuery("Recovery.byId", Recovery.class).setParameter("id", recoveryId)
                .getSingleResult();
        Map<String, Object> facts = factsOf(r);
        facts.put("dueAt", r.getDueAt());
        events.publish(EventType.RECOVERY_ESCALATED, r.getIncidentId(), r.getLocationId(), facts);
        return true;
    }

    /** What a recovery event tells: which recovery of which option, for how much, and where it stands. */
    private static Map<String, Object> factsOf(Recovery recovery) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("recoveryId", recovery.getId());
        facts.put("optionId", recovery.getOptionId());
        facts.put("status", recovery.getStatus());
        Money amount = recovery.getApprovedAmount() != null ? recovery.getApprovedAmount() : recovery.getAmount();
        facts.put("amount", amount == null ? null : amount.decimal().toPlainString());
        facts.put("currency", amount == null ? null : amount.currency().getCurrencyCode());
        return facts;
    }

    private StaffDayTotal lockedDayTotal(Tenant tenant, RecoveryOption option, Instant now) {
        LocalDate day = LocalDate.ofInstant(now, tenant.getTimeZone());
        em.createNativeQuery(StaffDayTotal.ENSURE_SQL).setParameter(1, tenant.getId()).setParameter(2, caller.username())
                .setParameter(3, day).setParameter(4, option.getId()).executeUpdate();
        return em.createNamedQuery("StaffDayTotal.of", StaffDayTotal.class).setParameter("username", caller.username())
                .setParameter("day", day).setParameter("optionId", option.getId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
    }

    private static Money amountOf(RecoveryOption option, String amount, Currency currency) {
        if (!option.isMonetary()) {
            return null;
        }
        if (amount == null) {
            throw new InvalidInputException("amount", "recovery.amount.required");
        }
        return parse(amount, currency);
    }

    private static Money parse(String amount, Currency currency) {
        try {
            return Money.parse(amount, currency);
        } catch (ArithmeticException | NumberFormatException e) {
            throw new InvalidInputException("amount", "recovery.amount.invalid");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
