package app.recoverydesk.promise;

import app.recoverydesk.event.EventType;
import app.recoverydesk.event.Events;
import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentEvent;
import app.recoverydesk.incident.IncidentService;
import app.recoverydesk.recovery.Notification;
import app.recoverydesk.security.Roles;
import app.recoverydesk.tenancy.KeycloakAdmin;
import app.recoverydesk.tenancy.StaffLocations;
import app.recoverydesk.tenancy.Tenant;
import app.recoverydesk.tenancy.CurrentTenant;
import app.recoverydesk.tenancy.TenantContext;
import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.failure.TextInput;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Promises to customers: recorded, handed over, kept or broken; every change on the case's timeline. */
@Stateless
public class Promises {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private IncidentService incidents;

    @Inject
    private KeycloakAdmin identity;

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
        return promise;
    }

    public Promise keep(long promiseId) {
        Promise promise = require(promiseId);
        Instant now = clock.instant();
        promise.keep(now);
        audit(promise, "promise", "OPEN", promise.getStatus().name(), now);
        return promise;
    }

    public Promise cancel(long promiseId, String reason) {
        String why = TextInput.required("reason", reason, Promise.MAX_REASON, "promise.reason.required");
        Promise promise = require(promiseId);
        promise.breakWith(why);
        audit(promise, "promise", "OPEN", "BROKEN: " + why, clock.instant());
        return promise;
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

    /** Tells the owner (or, for the queue, nobody in particular) and the managers about promises now overdue. */
    public int notifyOverdue() {
        Instant now = clock.instant();
        List<Promise> overdue = em.createNamedQuery("Promise.overdueNotNotified", Promise.class)
                .setParameter("now", now).getResultList();
        for (Promise p : overdue) {
            p.overdueNotified(now);
            if (p.getOwner() != null) {
                em.persist(new Notification(p.getOwner(), null, p.getIncidentId(), p.getId(), p.getLocationId(), now));
            }
            em.persist(new Notification(null, Roles.MANAGER, p.getIncidentId(), p.getId(), p.getLocationId(), now));
            events.publish(EventType.PROMISE_LATE, p.getIncidentId(), p.getLocationId(), Map.of("promiseId", p.getId(), "dueAt", p.getDueAt().toString()));
        }
        return overdue.size();
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
