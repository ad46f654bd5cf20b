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
 * The counts of one period of the compliance report. Each is an aggregate the database computes over one
 * index range (tenant, time); the tenant restriction is Hibernate's, from the caller's tenant context.
 */
@Stateless
public class PeriodFigures {

    private static final String GRANTED = "app.recoverydesk.recovery.RecoveryStatus.GRANTED";

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
        return new Figures(incidents(scope), recoveries(scope),
                new Figures.Approvals(Spread.of(histogram("select function('minutes_between', r.requestedAt, r.decidedAt), count(r)"
                        + " from Recovery r where" + scope.within("r.requestedAt", "r.locationId") + " and r.decidedAt is not null"
                        + " and r.status <> " + GRANTED + " group by function('minutes_between', r.requestedAt, r.decidedAt)", scope)),
                        count("select count(r) from Recovery r where" + scope.within("r.requestedAt", "r.locationId")
                                + " and " + Figure.OVERDUE, scope, true), approvalTargetMinutes),
                promises(scope), feedback(scope));
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

    private Figures.Recoveries recoveries(ReportScope scope) {
        Map<RecoveryStatus, Long> byStatus = new EnumMap<>(RecoveryStatus.class);
        Map<String, Long> value = new TreeMap<>();
        for (Object[] row : rows("select r.status, r.currency, count(r), sum(coalesce(r.approvedMinor, r.amountMinor, 0))"
                + " from Recovery r where" + scope.within("r.requestedAt", "r.locationId") + " group by r.status, r.currency", scope)) {
            RecoveryStatus status = (RecoveryStatus) row[0];
            byStatus.merge(status, (Long) row[2], Long::sum);
            if (status == RecoveryStatus.GRANTED || status == RecoveryStatus.APPROVED) {
                value.merge((String) row[1], ((Number) row[3]).longValue(), Long::sum);
            }
        }
        long overLimit = count("select count(r) from Recovery r where" + scope.within("r.requestedAt", "r.locationId")
                + " and " + Figure.OVER_LIMIT_CONDITION, scope, false);
        return new Figures.Recoveries(byStatus.getOrDefault(RecoveryStatus.GRANTED, 0L),
                byStatus.getOrDefault(RecoveryStatus.APPROVED, 0L), byStatus.getOrDefault(RecoveryStatus.REJECTED, 0L),
                byStatus.getOrDefault(RecoveryStatus.PENDING, 0L), overLimit,
                value.entrySet().stream().map(e -> Money.ofMinor(e.getValue(), Currency.getInstance(e.getKey()))).toList());
    }

    private Figures.Promises promises(ReportScope scope) {
        return promiseCounts(rows("select p.status, count(p) from Promise p where" + scope.within("p.dueAt", "p.locationId")
                + " group by p.status", scope), 0);
    }

    static Figures.Promises promiseCounts(List<Object[]> rows, int offset) {
        Map<String, Long> n = new HashMap<>();
        rows.forEach(r -> n.merge(String.valueOf(r[offset]), (Long) r[offset + 1], Long::sum));
        return new Figures.Promises(n.getOrDefault("KEPT", 0L), n.getOrDefault("LATE", 0L), n.getOrDefault("BROKEN", 0L),
                n.getOrDefault("OPEN", 0L));
    }

    private Figures.Feedback feedback(ReportScope scope) {
        long answers = 0, solved = 0, satisfied = 0, promoters = 0, detractors = 0;
        for (Object[] row : rows("select f.solved, f.satisfaction, f.recommend, count(f) from Feedback f"
                // the incident (for its location) only when the report is limited to some locations
                + (scope.restricted() ? " join Incident i on i.id = f.incidentId" : "")
                + " where" + scope.within("f.createdAt", "i.location.id") + " group by f.solved, f.satisfaction, f.recommend", scope)) {
            long n = (Long) row[3];
            int satisfaction = ((Number) row[1]).intValue();
            int recommend = ((Number) row[2]).intValue();
            answers += n;
            solved += Boolean.TRUE.equals(row[0]) ? n : 0;
            satisfied += satisfaction >= 4 ? n : 0;
            promoters += recommend >= 9 ? n : 0;
            detractors += recommend <= 6 ? n : 0;
        }
        return new Figures.Feedback(answers, solved, satisfied, promoters, detractors);
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
