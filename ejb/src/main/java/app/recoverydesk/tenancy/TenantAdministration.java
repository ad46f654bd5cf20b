package app.recoverydesk.tenancy;

import app.recoverydesk.audit.change.AuditedChange;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the platform operator sees and does with tenants: their usage, suspension and reactivation. Usage is
 * counted across tenants (a plain aggregate), never a tenant's cases.
 */
@Stateless
public class TenantAdministration {

    /** A tenant with its usage this calendar month (UTC). */
    public record TenantUsage(Tenant tenant, int users, long incidentsThisMonth) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantDirectory directory;

    @Inject
    private KeycloakAdmin identity;

    @Inject
    private Clock clock;

    @Inject
    private Event<AuditedChange> audit;

    public List<TenantUsage> usage() {
        Instant monthStart = LocalDate.now(clock).withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<Long, Long> incidents = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "select tenant_id, count(*) from incident where created_at >= ? group by tenant_id")
                .setParameter(1, monthStart).getResultList();
        rows.forEach(r -> incidents.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return em.createNamedQuery("Tenant.all", Tenant.class).getResultList().stream()
                .map(t -> new TenantUsage(t, users(t), incidents.getOrDefault(t.getId(), 0L)))
                .toList();
    }

    private int users(Tenant tenant) {
        try {
            return identity.memberCount(tenant.getOrganizationId());
        } catch (IdentityProviderException e) {
            return -1;
        }
    }

    public Tenant suspend(long tenantId) {
        Tenant tenant = require(tenantId);
        TenantStatus before = tenant.getStatus();
        tenant.suspend();
        recordStatus(tenant, before, "tenant.suspended");
        directory.evict(tenant);
        return tenant;
    }

    public Tenant reactivate(long tenantId) {
        Tenant tenant = require(tenantId);
        TenantStatus before = tenant.getStatus();
        tenant.reactivate();
        recordStatus(tenant, before, "tenant.reactivated");
        directory.evict(tenant);
        return tenant;
    }

    /** In the business's own audit log, where its admins see what the operator did. */
    private void recordStatus(Tenant tenant, TenantStatus before, String kind) {
        if (before != tenant.getStatus()) {
            audit.fire(AuditedChange.forTenant(tenant.getId(), kind, "business " + tenant.getId(), String.valueOf(before),
                    String.valueOf(tenant.getStatus())));
        }
    }

    private Tenant require(long tenantId) {
        Tenant tenant = em.find(Tenant.class, tenantId);
        if (tenant == null) {
            throw new TenantNotFoundException();
        }
        return tenant;
    }
}
