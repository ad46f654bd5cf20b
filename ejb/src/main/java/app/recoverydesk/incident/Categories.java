package app.recoverydesk.incident;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The caller's tenant's category catalogue. */
@Stateless
public class Categories {

    @PersistenceContext
    private EntityManager em;

    public List<IncidentCategory> active() {
        return em.createNamedQuery("IncidentCategory.active", IncidentCategory.class).getResultList();
    }

    public Optional<IncidentCategory> find(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("IncidentCategory.byId", IncidentCategory.class).setParameter("id", id)
                .getResultStream().findFirst();
    }
}
