package app.recoverydesk.tenancy;

import app.recoverydesk.audit.change.AuditedChange;
import app.recoverydesk.failure.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The caller's tenant's locations (the tenant filter sees to "the caller's"). */
@Stateless
public class Locations {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private Event<AuditedChange> audit;

    /** Adds a location to the caller's tenant (Hibernate stamps the tenant). */
    public Location add(@NotNull @Valid NewLocation request) {
        ZoneId zone;
        try {
            zone = request.getTimeZone() == null || request.getTimeZone().isBlank()
                    ? currentTenant.get().getTimeZone()
                    : ZoneId.of(request.getTimeZone().strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "tenant.timeZone.unknown");
        }
        Location location = new Location(request.getName().strip(), request.getAddress(), zone);
        em.persist(location);
        em.flush(); // the id, for the audit entry
        audit.fire(AuditedChange.of("location.created", "location " + location.getId(), null,
                location.getName() + " (" + zone.getId() + ")"));
        return location;
    }

    public List<Location> all() {
        return em.createNamedQuery("Location.all", Location.class).getResultList();
    }

    public Optional<Location> find(long id) {
        return em.createNamedQuery("Location.byId", Location.class).setParameter("id", id)
                .getResultStream().findFirst();
    }
}
