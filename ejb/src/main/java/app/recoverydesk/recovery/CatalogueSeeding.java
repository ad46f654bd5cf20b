package app.recoverydesk.recovery;

import app.recoverydesk.tenancy.Tenant;
import app.recoverydesk.tenancy.TenantOpened;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

/** A new business starts with the recovery options usual for its type, priced in its currency. */
@Stateless
public class CatalogueSeeding {

    @PersistenceContext
    private EntityManager em;

    public void seed(@Observes TenantOpened opened) {
        Tenant tenant = opened.tenant();
        em.unwrap(Session.class).doWork(c -> DefaultCatalogues.seed(c, tenant.getId(), tenant.getBusinessType(),
                tenant.getCurrency(), tenant.getCreatedAt()));
    }
}
