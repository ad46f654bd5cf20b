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
import java.util.Objects;
import java.util.Optional;

/** The caller's tenant's locations (the tenant filter sees to "the caller's"). */
@Stateless
public class Locations {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private TenantContext caller;

    @Inject
    private Event<AuditedChange> audit;

    /** Adds a location to the caller's tenant (Hibernate stamps the tenant). */
    public Location add(@NotNull @Valid NewLocation request) {
        ZoneId zone = request.getTimeZone() == null || request.getTimeZone().isBlank()
                ? currentTenant.get().getTimeZone()
                : zoneOf(request.getTimeZone());
        Location location = new Location(request.getName().strip(), blankToNull(request.getAddress()), zone);
        em.persist(location);
        em.flush();
        audit.fire(AuditedChange.of("location.created", subject(location), null, location.getName()));
        return location;
    }

    /**
     * Changes a location's name, address and time zone at once (a blank time zone keeps the current one); each change
     * is audited with its old and new value. Its incidents keep it: they show the new name.
     */
    public Location update(long id, @NotNull @Valid NewLocation request) {
        Location location = require(id);
        String name = request.getName().strip();
        String address = blankToNull(request.getAddress());
        ZoneId zone = request.getTimeZone() == null || request.getTimeZone().isBlank()
                ? location.getTimeZone() : zoneOf(request.getTimeZone());
        if (!name.equals(location.getName())) {
            audit.fire(AuditedChange.of("location.renamed", subject(location), location.getName(), name));
            location.rename(name);
        }
        if (!Objects.equals(address, location.getAddress())) {
            audit.fire(AuditedChange.of("location.address", subject(location), location.getAddress(), address));
            location.moveTo(address);
        }
        if (!zone.equals(location.getTimeZone())) {
            audit.fire(AuditedChange.of("location.timeZone", subject(location), location.getTimeZone().getId(), zone.getId()));
            location.setTimeZone(zone);
            // the report's rates go by the location's days: its incidents are counted again, in this transaction
            em.flush();
            long tenantId = currentTenant.get().getId();
            em.unwrap(org.hibernate.Session.class).doWork(c -> app.recoverydesk.rollup.IncidentDays.rebuild(c, tenantId));
        }
        return location;
    }

    /**
     * Takes a location out of use for new incidents, or back into use. Its incidents, reports and assignments stay;
     * asking for the state it already has changes nothing.
     */
    public Location setActive(long id, boolean active) {
        Location location = require(id);
        if (location.isActive() != active) {
            location.setActive(active);
            audit.fire(AuditedChange.of(active ? "location.reactivated" : "location.deactivated", subject(location),
                    location.getName() + (active ? ": inactive" : ": active"),
                    location.getName() + (active ? ": active" : ": inactive")));
        }
        return location;
    }

    /** The time zone a new location gets unless told otherwise: the business's. */
    public ZoneId defaultTimeZone() {
        return currentTenant.get().getTimeZone();
    }

    /** Every location, the inactive ones too: for history, reports and filters. */
    public List<Location> all() {
        return em.createNamedQuery("Location.all", Location.class).getResultList();
    }

    /** The locations where new incidents may be logged. */
    public List<Location> active() {
        return em.createNamedQuery("Location.active", Location.class).getResultList();
    }

    /**
     * The location, from the second-level cache where it is there. A load by id passes by the tenant and location
     * filters of the queries, so both are checked here: another tenant's location, or one outside the caller's
     * locations, is not found.
     */
    public Optional<Location> find(long id) {
        Optional<Long> tenant = caller.tenantId();
        return Optional.ofNullable(em.find(Location.class, id))
                .filter(l -> tenant.isPresent() && tenant.get().equals(l.getTenantId()))
                .filter(l -> caller.visibleLocations().map(visible -> visible.contains(l.getId())).orElse(true));
    }

    private Location require(long id) {
        return find(id).orElseThrow(LocationNotFoundException::new);
    }

    private static String subject(Location location) {
        return "location " + location.getId();
    }

    private static ZoneId zoneOf(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "tenant.timeZone.unknown");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
