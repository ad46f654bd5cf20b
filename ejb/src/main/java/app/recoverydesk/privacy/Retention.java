package app.recoverydesk.privacy;

import app.recoverydesk.audit.AuditLog;
import app.recoverydesk.incident.Customer;
import app.recoverydesk.incident.IncidentStatus;
import app.recoverydesk.tenancy.CurrentTenant;
import app.recoverydesk.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A business keeps its customers' details no longer than its retention (settings, default 24 months): a customer
 * whose every case was resolved or closed longer ago than that (or who has no case and was recorded that long ago) is
 * anonymised as an erasure would (see {@link Erasure}), by "system", with a {@code customer.anonymised} entry in the
 * audit log. Each run of the job for a business is logged ({@link RetentionRun}).
 */
@Stateless
public class Retention {

    /**
     * Across tenants, for the job: the (customer id, tenant id) of customers due for anonymisation in one business.
     * Parameters: now, now, tenant id, batch size.
     */
    static final String DUE_SQL = "select c.id, c.tenant_id from customer c join tenant t on t.id = c.tenant_id "
            + "where t.status = 'ACTIVE' and t.retention_months > 0 and c.erased_at is null "
            + "and (c.created_at < date_sub(?, interval t.retention_months month) "
            + "or exists (select 1 from incident i where i.tenant_id = c.tenant_id and i.customer_id = c.id)) "
            + "and not exists (select 1 from incident i where i.tenant_id = c.tenant_id and i.customer_id = c.id "
            + "and (i.status not in ('RESOLVED', 'CLOSED') or i.resolved_at is null "
            + "or i.resolved_at >= date_sub(?, interval t.retention_months month))) "
            + "and c.tenant_id = ? order by c.id limit ?";

    /** The businesses the job looks at: active, with a retention (0 keeps the details until erased by hand). */
    static final String TENANTS_SQL = "select id, id from tenant where status = 'ACTIVE' and retention_months > 0 "
            + "order by id";

    private static final List<IncidentStatus> DONE = List.of(IncidentStatus.RESOLVED, IncidentStatus.CLOSED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private Erasure erasure;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** The caller's business's last finished run of the job, if any. */
    public Optional<RetentionRun> lastRun() {
        return em.createNamedQuery("RetentionRun.latest", RetentionRun.class).setMaxResults(1).getResultStream()
                .findFirst();
    }

    /** Starts a run for the business; answers its id. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long start(long tenantId) {
        return tenantContext.runAs(tenantId, () -> {
            RetentionRun run = new RetentionRun(clock.instant(), currentTenant.get().getRetentionMonths());
            em.persist(run);
            em.flush();
            return run.getId();
        });
    }

    /**
     * Anonymises one customer found due, as their business: checked again under a lock (a case may have been logged
     * or reopened since), in a transaction of its own. Answers whether they were anonymised.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean anonymise(long customerId, long tenantId) {
        return tenantContext.runAs(tenantId, () -> {
            int months = currentTenant.get().getRetentionMonths();
            if (months == 0) {
                return false;
            }
            Instant now = clock.instant();
            Instant cutoff = now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
            Customer customer = em.createQuery("select c from Customer c where c.id = :id and c.erasedAt is null",
                            Customer.class).setParameter("id", customerId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream().findFirst().orElse(null);
            if (customer == null) {
                return false;
            }
            long cases = em.createQuery("select count(i) from Incident i where i.customer.id = :id", Long.class)
                    .setParameter("id", customerId).getSingleResult();
            long recent = em.createQuery("select count(i) from Incident i where i.customer.id = :id and "
                            + "(i.status not in :done or i.resolvedAt is null or i.resolvedAt >= :cutoff)", Long.class)
                    .setParameter("id", customerId).setParameter("done", DONE).setParameter("cutoff", cutoff)
                    .getSingleResult();
            if (recent > 0 || cases == 0 && !customer.getCreatedAt().isBefore(cutoff)) {
                return false;
            }
            erasure.erase(customer, now);
            audit.record("customer.anonymised", "customer " + customerId, null, null);
            return true;
        });
    }

    /** Ends a run with the number of customers it anonymised. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long runId, long tenantId, int anonymised) {
        tenantContext.runAs(tenantId, () -> {
            RetentionRun run = em.find(RetentionRun.class, runId);
            if (run != null) {
                run.finish(clock.instant(), anonymised);
            }
        });
    }
}
