package app.recoverydesk.incident;

import app.recoverydesk.tenancy.TenantOpened;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A new business starts with the categories usual for its type. */
@Stateless
public class CategorySeeding {

    @PersistenceContext
    private EntityManager em;

    public void seed(@Observes TenantOpened opened) {
        for (String code : DefaultCategories.of(opened.tenant().getBusinessType())) {
            em.createNativeQuery(DefaultCategories.INSERT_SQL).setParameter(1, opened.tenant().getId())
                    .setParameter(2, code).executeUpdate();
        }
    }
}
