package app.recoverydesk.report;

import app.recoverydesk.incident.RootCause;
import app.recoverydesk.money.Money;
import app.recoverydesk.recovery.RecoveryStatus;
import app.recoverydesk.tenancy.TenantContext;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;

/**
 * The counts of one period of the compliance report: from the daily rollups ({@link IncidentDayCounts},
 * {@link CaseDayCounts}) where they hold them, else an aggregate the database computes over one index range (tenant,
 * time), the tenant restriction Hibernate's, from the caller's tenant context.
 */
@Stateless
public class PeriodFigures {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private Clock clock;

    /**
     * The same on another thread, for the given tenant: the asynchronous call gets a request context of its own,
     * without the caller's tenant, so it names it (as the escalation timer does).
     */
    @Asynchronous
    public Future<Figures> inBackground(long tenantId, ReportScope scope, int approvalTargetMinutes) {
        return new AsyncResult<>(tenantContext.runAs(tenantId, () -> of(scope, approvalTargetMinutes)));
    }

    /** The figures of one period, in the caller's transaction. */
    public Figures of(ReportScope scope, int approvalTargetMinutes) {
        long tenantId = tenantContext.tenantId().orElseThrow();
        List<Object[]> recoveryRows = CaseDayCounts.recoveries(em, tenantId, scope);
        Map<Long, Long> decisions = new HashMap<>();
        CaseDayCounts.decisionMinutes(em, tenantId, scope)
                .forEach(r -> decisions.merge(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), Long::sum));
        // overdue: decided after the due time (counted as decided), or still waiting past it — that depends on now,
        // so it is read from the exceptions still pending (few: they are decided or escalated within hours)
        long decidedLate = recoveryRows.stream().mapToLong(r -> ((Number) r[5]).longValue()).sum();
        long waitingPastDue = count("select count(r) from Recovery r where r.status = "
                + "app.recoverydesk.recovery.RecoveryStatus.PENDING and r.dueAt < :now and" + scope.within("r.requestedAt",
                "r.locationId"), scope, true);
        return new Figures(incidents(scope), recoveries(recoveryRows),
                new Figures.Approvals(Spread.of(decisions), decidedLate + waitingPastDue, approvalTargetMinutes),
                promises(tenantId, scope), feedback(tenantId, scope));
    }

    private Figures.Incidents incidents(ReportScope scope) {
        String where = " from Incident i where" + scope.within("i.occurredAt", "i.location.id");
        Map<RootCause, Long> byCause = IncidentDayCounts.byRootCause(em, tenantContext.tenantId().orElseThrow(), scope);
        long total = byCause.values().stream().mapToLong(Long::longValue).sum();
        List<Long> repeats = scope.bind(em.createQuery("select count(i)" + where + " and i.customer is not null"
                + " group by i.customer.id having count(i) > 1", Long.class)).getResultList();
        Spread response;
        Spread resolution;
        if (scope.restricted()) {
            // some locations: exact, from their incidents (a manager's few, not the whole business's)
            response = Spread.of(histogram("select function('minutes_between', i.createdAt, i.respondedAt), count(i)" + where
                    + " and i.respondedAt is not null group by function('minutes_between', i.createdAt, i.respondedAt)", scope));
            resolution = Spread.of(histogram("select function('minutes_between', i.createdAt, i.resolvedAt), count(i)" + where
                    + " and i.resolvedAt is not null group by function('minutes_between', i.createdAt, i.resolvedAt)", scope));
        } else {
            // the whole business: from the daily counts, in steps of less than 3 % of the time (the page says so)
            long tenantId = tenantContext.tenantId().orElseThrow();
            response = Spread.of(IncidentDayCounts.minutes(em, tenantId, scope, "R"));
            resolution = Spread.of(IncidentDayCounts.minutes(em, tenantId, scope, "S"));
        }
        return new Figures.Incidents(total, byCause, repeats.size(), repeats.stream().mapToLong(Long::longValue).sum(),
                response, resolution, total - resolution.count());
    }

    /** From the rollup's rows (status, currency, recoveries, value, over the limit, decided late). */
    private Figures.Recoveries recoveries(List<Object[]> rows) {
        Map<RecoveryStatus, Long> byStatus = new EnumMap<>(RecoveryStatus.class);
        Map<String, Long> value = new TreeMap<>();
        long overLimit = 0;
        for (Object[] row : rows) {
            RecoveryStatus status = RecoveryStatus.valueOf((String) row[0]);
            byStatus.merge(status, ((Number) row[2]).longValue(), Long::sum);
            if (status == RecoveryStatus.GRANTED || status == RecoveryStatus.APPROVED) {
                value.merge((String) row[1], ((Number) row[3]).longValue(), Long::sum);
            }
            overLimit += ((Number) row[4]).longValue();
        }
        return new Figures.Recoveries(byStatus.getOrDefault(RecoveryStatus.GRANTED, 0L),
                byStatus.getOrDefault(RecoveryStatus.APPROVED, 0L), byStatus.getOrDefault(RecoveryStatus.REJECTED, 0L),
                byStatus.getOrDefault(RecoveryStatus.PENDING, 0L), overLimit,
                value.entrySet().stream().map(e -> Money.ofMinor(e.getValue(), Currency.getInstance(e.getKey()))).toList());
    }

    private Figures.Promises promises(long tenantId, ReportScope scope) {
        return ReportRows.PromiseCount.tally(CaseDayCounts.promises(em, tenantId, scope, CaseDayCounts.Rows.SCOPE, null, null));
    }

    private Figures.Feedback feedback(long tenantId, ReportScope scope) {
        long[] n = CaseDayCounts.feedback(em, tenantId, scope);
        return new Figures.Feedback(n[0], n[1], n[2], n[3], n[4]);
    }

    private List<Object[]> rows(String hql, ReportScope scope) {
        return scope.rows(em, hql);
    }

    private Map<Long, Long> histogram(String hql, ReportScope scope) {
        Map<Long, Long> histogram = new HashMap<>();
        rows(hql, scope).forEach(r -> histogram.merge(((Number) r[0]).longValue(), (Long) r[1], Long::sum));
        return histogram;
    }

    private long count(String hql, ReportScope scope, boolean usesNow) {
        TypedQuery<Long> query = scope.bind(em.createQuery(hql, Long.class));
        if (usesNow) {
            query.setParameter("now", clock.instant());
        }
        return query.getSingleResult();
    }
}
