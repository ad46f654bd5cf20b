package app.recoverydesk.tenancy;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The caller's tenant's locations (the tenant filter sees to "the caller's"). */
@Stateless
public class Locations {

    @PersistenceContext
    private EntityManager em;

    public List<Location> all() {
        return em.createNamedQuery("Location.all", Location.class).getResultList();
    }

    public Optional<Location> find(long id) {
        return em.createNamedQuery("Location.byId", Location.class).setParameter("id", id)
                .getResultStream().findFirst();
    }
}
