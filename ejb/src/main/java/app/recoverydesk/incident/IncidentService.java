package app.recoverydesk.incident;

import app.recoverydesk.tenancy.Location;
import app.recoverydesk.tenancy.Locations;
import app.recoverydesk.tenancy.TenantContext;
import app.recoverydesk.validation.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Logging and reading incidents: the transaction boundary for both the pages and the API. Tenant scoping
 * is not done here but by the tenant filter on every query; this class never names a tenant.
 */
@Stateless
public class IncidentService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Locations locations;

    @Inject
    private TenantContext caller;

    private final Clock clock = Clock.systemUTC();

    public Incident log(@NotNull @Valid IncidentDraft draft) {
        Location location = locations.find(draft.getLocationId())
                .orElseThrow(() -> new InvalidInputException("locationId", "incident.location.unknown"));
        Instant now = clock.instant();
        Incident incident = new Incident(location, draft.getOccurredAt(), draft.getWhatHappened(),
                Severity.valueOf(draft.getSeverity()), RootCause.valueOf(draft.getRootCause()),
                caller.username(), now);
        em.persist(incident);
        em.flush();
        em.persist(IncidentEvent.created(incident, caller.username()));
        return incident;
    }

    public List<Incident> newestFirst(int first, int max) {
        return em.createNamedQuery("Incident.newestFirst", Incident.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count() {
        return em.createNamedQuery("Incident.count", Long.class).getSingleResult();
    }

    public Optional<Incident> find(long id) {
        return em.createNamedQuery("Incident.byId", Incident.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    public List<IncidentEvent> timeline(long incidentId) {
        return em.createNamedQuery("IncidentEvent.ofIncident", IncidentEvent.class)
                .setParameter("incidentId", incidentId).getResultList();
    }
}
