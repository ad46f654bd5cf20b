package app.recoverydesk.tenancy;

import app.recoverydesk.failure.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Which locations each staff member of the caller's tenant is assigned to. */
@Stateless
public class StaffLocations {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Locations locations;

    public Set<Long> of(String username) {
        return new HashSet<>(em.createNamedQuery("StaffLocation.ofUser", Long.class)
                .setParameter("username", username).getResultList());
    }

    public Map<String, List<Long>> all() {
        return em.createNamedQuery("StaffLocation.all", StaffLocation.class).getResultStream()
                .collect(Collectors.groupingBy(StaffLocation::getUsername,
                        Collectors.mapping(StaffLocation::getLocationId, Collectors.toList())));
    }

    /** Checks that every id is a location of the caller's tenant; refuses the whole list otherwise. */
    public void requireKnown(Set<Long> locationIds) {
        for (Long id : locationIds) {
            if (id == null || locations.find(id).isEmpty()) {
                throw new InvalidInputException("locationIds", "incident.location.unknown");
            }
        }
    }

    public void assign(String username, Set<Long> locationIds) {
        requireKnown(locationIds);
        em.createNamedQuery("StaffLocation.deleteOfUser").setParameter("username", username).executeUpdate();
        locationIds.forEach(id -> em.persist(new StaffLocation(username, id)));
    }
}
