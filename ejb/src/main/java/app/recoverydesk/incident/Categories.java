package app.recoverydesk.incident;

import app.recoverydesk.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The caller's tenant's category catalogue. */
@Stateless
public class Categories {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantContext caller;

    public List<IncidentCategory> active() {
        return em.createNamedQuery("IncidentCategory.active", IncidentCategory.class).getResultList();
    }

    public Optional<IncidentCategory> find(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        // from the second-level cache where it is there; a load by id passes by the tenant filter: checked here
        Optional<Long> tenant = caller.tenantId();
        return Optional.ofNullable(em.find(IncidentCategory.class, id))
                .filter(c -> tenant.isPresent() && tenant.get().equals(c.getTenantId()));
    }
}
