package app.recoverydesk.promise;

import app.recoverydesk.event.EventType;
import app.recoverydesk.event.Events;
import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.failure.TextInput;
import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentEvent;
import app.recoverydesk.incident.Incidents;
import app.recoverydesk.tenancy.CurrentTenant;
import app.recoverydesk.tenancy.KeycloakAdmin;
import app.recoverydesk.tenancy.Tenant;
import app.recoverydesk.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Promises to customers: recorded, handed over, kept or broken; every change on the case's timeline. */
@Stateless
public class Promises {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Incidents incidents;

    @Inject
    private KeycloakAdmin identity;

    @Inject
    private TenantContext caller;

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private Events events;

    @Inject
    private Clock clock;

    public Promise make(long incidentId, @NotNull @Valid NewPromise request) {
        Incident incident = incidents.require(incidentId);
        String owner = blankToNull(request.getOwner());
        requireStaff(owner);
        Instant now = clock.instant();
        Promise promise = new Promise(incident.getId(), incident.getLocation().getId(), request.getWhat(), owner,
                request.getDueAt(), caller.username(), now);
        em.persist(promise);
        em.flush();
        em.persist(IncidentEvent.recorded(incident, now, caller.username(), "promise",
                promise.getWhat() + " · " + promise.getDueAt() + " · " + (owner == null ? "queue" : owner)));
        publish(EventType.PROMISE_MADE, promise);
        return promise;
    }

    public Promise keep(long promiseId) {
        Promise promise = require(promiseId);
        Instant now = clock.instant();
        promise.keep(now);
        audit(promise, "promise", "OPEN", promise.getStatus().name(), now);
        publish(EventType.PROMISE_KEPT, promise);
        return promise;
    }

    public Promise cancel(long promiseId, String reason) {
        String why = TextInput.required("reason", reason, Promise.MAX_REASON, "promise.reason.required");
        Promise promise = require(promiseId);
        promise.breakWith(why);
        audit(promise, "promise", "OPEN", "BROKEN: " + why, clock.instant());
        publish(EventType.PROMISE_BROKEN, promise);
        return promise;
    }

    /** A promise left open when a manager closes its case: broken, with the manager's reason. */
    public void breakOnClosing(Incident incident, Promise promise, String reason) {
        promise.breakWith(reason);
        em.persist(IncidentEvent.changedBy(incident, clock.instant(), caller.username(), "promise",
                promise.getWhat() + ": OPEN", promise.getWhat() + ": BROKEN: " + reason));
        publish(EventType.PROMISE_BROKEN, promise);
    }

    public Promise handOver(long promiseId, String newOwner) {
        String owner = TextInput.optional("owner", newOwner, Promise.MAX_OWNER);
        requireStaff(owner);
        Promise promise = require(promiseId);
        String previous = promise.handOver(owner);
        audit(promise, "promise owner", previous == null ? "queue" : previous, owner == null ? "queue" : owner,
                clock.instant());
        return promise;
    }

    public List<Promise> ofIncident(long incidentId) {
        incidents.require(incidentId);
        return em.createNamedQuery("Promise.ofIncident", Promise.class).setParameter("incidentId", incidentId).getResultList();
    }

    public List<Promise> openOfIncident(long incidentId) {
        return em.createNamedQuery("Promise.openOfIncident", Promise.class).setParameter("incidentId", incidentId)
                .getResultList();
    }

    /** The caller's open promises, the soonest due first. */
    public List<Promise> mine() {
        return em.createNamedQuery("Promise.openOfOwner", Promise.class).setParameter("owner", caller.username())
                .getResultList();
    }

    /** How many open promises each staff member owns (those without any are not in the map). */
    public Map<String, Long> openCountByOwner() {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("select p.owner, count(p) from Promise p where p.owner is not null "
                        + "and p.status = app.recoverydesk.promise.PromiseStatus.OPEN group by p.owner", Object[].class)
                .getResultStream().forEach(r -> counts.put(((String) r[0]).toLowerCase(java.util.Locale.ROOT),
                        ((Number) r[1]).longValue()));
        return counts;
    }

    /** Open promises nobody owns yet, the soonest due first (of the caller's locations where staff are limited to them). */
    public List<Promise> queue() {
        return em.createNamedQuery("Promise.openInQueue", Promise.class).getResultList();
    }

    public Promise require(long promiseId) {
        Promise promise = em.createNamedQuery("Promise.byId", Promise.class).setParameter("id", promiseId)
                .getResultStream().findFirst().orElseThrow(() -> new PromiseNotFoundException());
        incidents.require(promise.getIncidentId()); // the location scope applies to promises through their case
        return promise;
    }

    /**
     * Tells the owner and managers of one overdue promise of the caller's (the job's) tenant. True only in the one
     * transaction whose conditional update changed the row, which alone publishes the late promise.
     */
    public boolean notifyOverdue(long promiseId) {
        Instant now = clock.instant();
        long tenantId = caller.tenantId().orElseThrow(() -> new IllegalStateException("No tenant named"));
        int changed = em.createNativeQuery(Promise.NOTIFY_SQL).setParameter(1, now).setParameter(2, promiseId)
                .setParameter(3, tenantId).setParameter(4, now).executeUpdate();
        if (changed == 0) {
            return false;
        }
        publish(EventType.PROMISE_LATE, em.createNamedQuery("Promise.byId", Promise.class)
                .setParameter("id", promiseId).getSingleResult());
        return true;
    }

    /** What a promise event tells: which promise, whose, due when, and where it stands; never its text. */
    private void publish(EventType type, Promise promise) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("promiseId", promise.getId());
        facts.put("owner", promise.getOwner());
        facts.put("dueAt", promise.getDueAt());
        facts.put("status", promise.getStatus());
        if (promise.getKeptAt() != null) {
            facts.put("onTime", promise.getStatus() == PromiseStatus.KEPT);
        }
        events.publish(type, promise.getIncidentId(), promise.getLocationId(), facts);
    }

    private void audit(Promise promise, String field, String from, String to, Instant now) {
        Incident incident = incidents.require(promise.getIncidentId());
        em.persist(IncidentEvent.changedBy(incident, now, caller.username(), field, promise.getWhat() + ": " + from,
                promise.getWhat() + ": " + to));
    }

    private void requireStaff(String username) {
        if (username == null) {
            return;
        }
        Tenant tenant = currentTenant.get();
        boolean member = identity.members(tenant.getOrganizationId()).stream()
                .anyMatch(m -> m.username().equalsIgnoreCase(username) && m.enabled());
        if (!member) {
            throw new InvalidInputException("owner", "promise.owner.unknown");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
