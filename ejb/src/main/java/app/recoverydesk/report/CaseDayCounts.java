package app.recoverydesk.report;

import app.recoverydesk.promise.PromiseStatus;
import app.recoverydesk.rollup.Days;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The report's recovery, promise and feedback figures from the daily rollups ({@code recovery_day},
 * {@code recovery_decision_day}, {@code promise_day}, {@code feedback_day}, kept in every change's transaction).
 * A report on the whole business reads the tenant's rows (location 0): days x dimensions, however many locations;
 * one on some locations reads theirs. Native SQL, so the tenant is named here.
 */
final class CaseDayCounts {

    /** Which of a rollup's rows a report reads. */
    enum Rows {
        /** The scope's: the tenant's when it has every location, else its locations'. */
        SCOPE,
        /** Each location's (for a table by location): the scope's locations, all of them when it has every one. */
        EACH_LOCATION
    }

    private CaseDayCounts() {
    }

    /** (status, currency, recoveries, value in minor units, granted over the limit, decided after the due time). */
    static List<Object[]> recoveries(EntityManager em, long tenantId, ReportScope scope) {
        return rows(em, tenantId, scope, Rows.SCOPE, "status, currency, sum(recoveries), sum(value_minor),"
                + " sum(case when over_limit then recoveries else 0 end), sum(case when late_decision then recoveries else 0 end)",
                "recovery_day", "status, currency", "sum(recoveries)");
    }

    /** (day, recoveries, exceptions: not granted at once). */
    static List<Object[]> recoveriesByDay(EntityManager em, long tenantId, ReportScope scope) {
        return rows(em, tenantId, scope, Rows.SCOPE, "day, sum(recoveries),"
                + " sum(case when status <> 'GRANTED' then recoveries else 0 end)", "recovery_day", "day", "sum(recoveries)");
    }

    /** (option id, status, recoveries, value, the largest value): only granted and approved ones never shrink. */
    static List<Object[]> options(EntityManager em, long tenantId, ReportScope scope) {
        return rows(em, tenantId, scope, Rows.SCOPE, "option_id, status, sum(recoveries), sum(value_minor),"
                + " max(case when recoveries > 0 then largest_minor else 0 end)", "recovery_day", "option_id, status",
                "sum(recoveries)");
    }

    /** (whole minutes from request to decision, decisions) of the exceptions decided. */
    static List<Object[]> decisionMinutes(EntityManager em, long tenantId, ReportScope scope) {
        return rows(em, tenantId, scope, Rows.SCOPE, "minutes, sum(decisions)", "recovery_decision_day", "minutes",
                "sum(decisions)");
    }

    /**
     * Promises due by (group, status): {@code by} is "location_id", "owner" (null for the queue) or nothing;
     * {@code every} the tenant's locations, read one by one for {@link Rows#EACH_LOCATION} on the whole business.
     */
    static List<ReportRows.PromiseCount> promises(EntityManager em, long tenantId, ReportScope scope, Rows which,
                                                  Collection<Long> every, String by) {
        String group = by == null ? "" : by + ", ";
        return rows(em, tenantId, scope, which, every, group + "status, sum(promises)", "promise_day", group + "status",
                "sum(promises)").stream().map(r -> {
                    Object key = by == null ? null : r[0];
                    if (key instanceof Number n) {
                        key = n.longValue();
                    } else if ("".equals(key)) {
                        key = null;
                    }
                    int at = by == null ? 0 : 1;
                    return new ReportRows.PromiseCount(key, PromiseStatus.valueOf((String) r[at]), ((Number) r[at + 1]).longValue());
                }).toList();
    }

    /** (answers, solved, satisfied, promoters, detractors), each 0 when there were none. */
    static long[] feedback(EntityManager em, long tenantId, ReportScope scope) {
        long[] sums = new long[5];
        for (Object[] r : rows(em, tenantId, scope, Rows.SCOPE, "sum(answers), sum(solved), sum(satisfied), sum(promoters),"
                + " sum(detractors)", "feedback_day", null, null)) {
            for (int i = 0; i < sums.length; i++) {
                sums[i] = r[i] == null ? 0 : ((Number) r[i]).longValue();
            }
        }
        return sums;
    }

    private static List<Object[]> rows(EntityManager em, long tenantId, ReportScope scope, Rows which, String select,
                                       String table, String groupBy, String nonZero) {
        return rows(em, tenantId, scope, which, null, select, table, groupBy, nonZero);
    }

    /**
     * The rows of the scope's days, as {@code which} says; {@code every} lists the tenant's locations for
     * {@link Rows#EACH_LOCATION} on the whole business, so the key is read location by location over the days only.
     */
    private static List<Object[]> rows(EntityManager em, long tenantId, ReportScope scope, Rows which,
                                       Collection<Long> every, String select, String table, String groupBy, String nonZero) {
        Collection<Long> listed = scope.restricted() ? scope.locations() : which == Rows.EACH_LOCATION ? every : null;
        String locations = listed != null ? "location_id in (:locations)" : "location_id = " + Days.WHOLE_TENANT;
        Query query = em.createNativeQuery("select " + select + " from " + table + " where tenant_id = :tenant and "
                + locations + " and day between :from and :to"
                + (groupBy == null ? "" : " group by " + groupBy + " having " + nonZero + " <> 0"));
        query.setParameter("tenant", tenantId).setParameter("from", scope.period().from()).setParameter("to", scope.period().to());
        if (listed != null) {
            query.setParameter("locations", listed.isEmpty() ? List.of(-1L) : List.copyOf(listed));
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(r -> r instanceof Object[] a ? a : new Object[] {r}).toList();
    }

    static LocalDate day(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
