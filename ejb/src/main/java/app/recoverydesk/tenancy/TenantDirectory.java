package app.recoverydesk.tenancy;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Finds the tenant an identity-provider organization stands for. */
@Stateless
public class TenantDirectory {

    @PersistenceContext
    private EntityManager em;

    public Optional<Tenant> byOrganization(String organizationId) {
        return em.createNamedQuery("Tenant.byOrganization", Tenant.class)
                .setParameter("organizationId", organizationId)
                .getResultStream()
                .findFirst();
    }
}
