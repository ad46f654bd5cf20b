package app.recoverydesk.privacy;

import app.recoverydesk.audit.AuditLog;
import app.recoverydesk.incident.Customer;
import app.recoverydesk.incident.IncidentStatus;
import app.recoverydesk.job.JobPass;
import app.recoverydesk.job.JobPasses;
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
 * audit log. Each pass of the job that anonymised someone in a business is logged for it ({@link RetentionRun}).
 */
@Stateless
public class Retention {

    /**
     * Across tenants, for the job: the (customer id, tenant id) of customers due for anonymisation, in id order after
     * a given id, of every active business with a retention (index ix_customer_erased: only customers still holding
     * details are read). Parameters: now, now, after id, batch size.
     */
    static final String DUE_SQL = "select c.id, c.tenant_id from customer c join tenant t on t.id = c.tenant_id "
            + "where c.erased_at is null and c.id > ? and t.status = 'ACTIVE' and t.retention_months > 0 "
            + "and (c.created_at < date_sub(?, interval t.retention_months month) "
            + "or exists (select 1 from incident i where i.tenant_id = c.tenant_id and i.customer_id = c.id)) "
            + "and not exists (select 1 from incident i where i.tenant_id = c.tenant_id and i.customer_id = c.id "
            + "and (i.status not in ('RESOLVED', 'CLOSED') or i.resolved_at is null "
            + "or i.resolved_at >= date_sub(?, interval t.retention_months month))) "
            + "order by c.id limit ?";

    /** What the settings page tells of the job: when it last looked at the business, and what it did then. */
    public record LastRun(Instant at, int anonymised) {
    }

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

    @Inject
    private JobPasses passes;

    /**
     * The job's last look at the caller's business: its last pass (every business with a retention is looked at
     * by each pass), with what that pass anonymised here — a run is logged only where it anonymised someone.
     */
    public Optional<LastRun> lastRun() {
        Optional<RetentionRun> run = em.createNamedQuery("RetentionRun.latest", RetentionRun.class).setMaxResults(1)
                .getResultStream().findFirst();
        Optional<JobPass> pass = passes.last(RetentionSweep.JOB);
        if (pass.isEmpty()) {
            return run.map(r -> new LastRun(r.getFinishedAt(), r.getCustomersAnonymised()));
        }
        Instant passStart = pass.get().startedAt();
        int anonymised = run.filter(r -> !r.getStartedAt().isBefore(passStart))
                .map(RetentionRun::getCustomersAnonymised).orElse(0);
        return Optional.of(new LastRun(passStart.plusNanos(pass.get().durationMicros() * 1000), anonymised));
    }

    /** Logs what the pass that started at {@code passStart} anonymised in one business. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void log(long tenantId, Instant passStart, int anonymised) {
        tenantContext.runAs(tenantId, () -> {
            RetentionRun run = new RetentionRun(passStart, currentTenant.get().getRetentionMonths());
            run.finish(clock.instant(), anonymised);
            em.persist(run);
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
}
