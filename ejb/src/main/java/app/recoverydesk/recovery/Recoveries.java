package app.recoverydesk.recovery;

import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentEvent;
import app.recoverydesk.incident.IncidentService;
import app.recoverydesk.incident.IncidentStatus;
import app.recoverydesk.security.Roles;
import app.recoverydesk.tenancy.StaffLocations;
import app.recoverydesk.tenancy.Tenant;
import app.recoverydesk.tenancy.CurrentTenant;
import app.recoverydesk.tenancy.TenantContext;
import app.recoverydesk.event.EventType;
import app.recoverydesk.event.Events;
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
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Granting recoveries and deciding exceptions. Within every limit of the policy in force a grant takes effect
 * at once; above any limit it becomes a request for the managers, due within the tenant's target time.
 */
@Stateless
public class Recoveries {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private IncidentService incidents;

    @Inject
    private RecoveryCatalogue catalogue;

    @Inject
    private TenantContext caller;

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private StaffLocations staffLocations;

    @Inject
    private Events events;

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
            moveOn(incident, IncidentStatus.RECOVERING, now);
        } else {
            moveOn(incident, IncidentStatus.AWAITING_APPROVAL, now);
            em.persist(new Notification(Roles.MANAGER, Notification.Kind.EXCEPTION_REQUESTED, recovery, now));
            events.publish(EventType.RECOVERY_REQUESTED, incident.getId(), incident.getLocation().getId(), Map.of("recoveryId", recovery.getId()));
        }
        em.persist(IncidentEvent.recorded(incident, now, caller.username(), "recovery",
                option.getName() + (amount == null ? "" : " " + amount) + ": " + recovery.getStatus()));
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
        moveOn(incident, IncidentStatus.RECOVERING, now);
        em.persist(IncidentEvent.recorded(incident, now, caller.username(), "recovery",
                recovery.getStatus() + (approved == null ? "" : " " + approved)
                        + (recovery.getDecisionReason() == null ? "" : ": " + recovery.getDecisionReason())));
        return recovery;
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

    public Recovery require(long recoveryId) {
        return em.createNamedQuery("Recovery.byId", Recovery.class).setParameter("id", recoveryId)
                .getResultStream().findFirst().orElseThrow(() -> new RecoveryNotFoundException());
    }

    public RecoveryPolicy policyOf(Recovery recovery) {
        return em.createNamedQuery("RecoveryPolicy.byId", RecoveryPolicy.class).setParameter("id", recovery.getPolicyId())
                .getSingleResult();
    }

    /** Marks this tenant's overdue requests as escalated and tells its executives; answers how many. */
    public int escalateOverdue() {
        Instant now = clock.instant();
        List<Recovery> overdue = em.createNamedQuery("Recovery.overdueNotEscalated", Recovery.class)
                .setParameter("now", now).getResultList();
        for (Recovery r : overdue) {
            r.escalated(now);
            em.persist(new Notification(Roles.EXECUTIVE, Notification.Kind.APPROVAL_OVERDUE, r, now));
        }
        return overdue.size();
    }

    /**
     * Notices for the caller: those to them by name, and those to their roles about cases of their locations (all
     * locations for someone assigned to none).
     */
    public List<Notification> notificationsFor(Set<String> roles) {
        Set<Long> mine = staffLocations.of(caller.username());
        return em.createNamedQuery("Notification.forRoles", Notification.class)
                .setParameter("roles", roles.isEmpty() ? Set.of("-") : roles)
                .setParameter("username", caller.username()).setMaxResults(100).getResultStream()
                .filter(n -> caller.username().equals(n.getRecipientUsername()) || mine.isEmpty()
                        || n.getLocationId() == null || mine.contains(n.getLocationId()))
                .limit(20).toList();
    }

    private StaffDayTotal lockedDayTotal(Tenant tenant, RecoveryOption option, Instant now) {
        LocalDate day = LocalDate.ofInstant(now, tenant.getTimeZone());
        em.createNativeQuery(StaffDayTotal.ENSURE_SQL).setParameter(1, tenant.getId()).setParameter(2, caller.username())
                .setParameter(3, day).setParameter(4, option.getId()).executeUpdate();
        return em.createNamedQuery("StaffDayTotal.of", StaffDayTotal.class).setParameter("username", caller.username())
                .setParameter("day", day).setParameter("optionId", option.getId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
    }

    /** The incident follows its recovery (granted → recovering, requested → awaiting approval) where it may. */
    private void moveOn(Incident incident, IncidentStatus target, Instant now) {
        if (incident.getStatus() != target && incident.getStatus().canMoveTo(target)) {
            em.persist(incident.moveTo(target, caller.username(), now));
        }
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
