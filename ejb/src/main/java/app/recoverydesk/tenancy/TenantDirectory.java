package app.recoverydesk.tenancy;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the tenant an identity-provider organization stands for. Every request asks, so answers are kept for a
 * short while; changes made here (suspension, settings) evict them at once, and the time-out bounds how long
 * another server of a cluster may still use an old answer.
 */
@Singleton
@Lock(LockType.READ)
public class TenantDirectory {

    private static final Duration KEEP = Duration.ofSeconds(30);

    private record Cached(Optional<Tenant> tenant, long expiresAt) {
    }

    @PersistenceContext
    private EntityManager em;

    private final Map<String, Cached> byOrganization = new ConcurrentHashMap<>();

    /** Outside a transaction: a cached answer costs no transaction, and a lookup only reads. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Tenant> byOrganization(String organizationId) {
        long now = System.nanoTime();
        Cached cached = byOrganization.get(organizationId);
        if (cached != null && cached.expiresAt() - now > 0) {
            return cached.tenant();
        }
        Optional<Tenant> tenant = em.createNamedQuery("Tenant.byOrganization", Tenant.class)
                .setParameter("organizationId", organizationId)
                .getResultList().stream()
                .findFirst();
        tenant.ifPresent(em::detach);
        byOrganization.put(organizationId, new Cached(tenant, now + KEEP.toNanos()));
        return tenant;
    }

    /** Forgets what is known of a tenant after it changed. */
    public void evict(Tenant tenant) {
        byOrganization.remove(tenant.getOrganizationId());
    }
}
