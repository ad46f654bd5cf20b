package app.recoverydesk.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The caller's tenant as an entity, for services that read or change the business's settings. Not cached: the
 * entity comes from the caller's transaction, so that changes to it are written with that transaction.
 */
@ApplicationScoped
public class CurrentTenant {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantContext context;

    CurrentTenant() {
        // the container's
    }

    CurrentTenant(EntityManager em, TenantContext context) {
        this.em = em;
        this.context = context;
    }

    /** The tenant this request or job works for; there always is one behind a signed-in service call. */
    public Tenant get() {
        Tenant tenant = context.tenantId().map(id -> em.find(Tenant.class, id)).orElse(null);
        if (tenant == null) {
            throw new IllegalStateException("No tenant in this request");
        }
        return tenant;
    }
}
