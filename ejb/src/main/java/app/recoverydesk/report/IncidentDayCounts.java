package app.recoverydesk.report;

import app.recoverydesk.incident.RootCause;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report's incident counts from the daily counts ({@code incident_day}, kept in every change's transaction):
 * their cost grows with days and locations, not with incidents. Native SQL, so the tenant is named here.
 */
final class IncidentDayCounts {

    private IncidentDayCounts() {
    }

    /** Incidents of the scope's days by root cause. */
    static Map<RootCause, Long> byRootCause(EntityManager em, long tenantId, ReportScope scope) {
        Map<RootCause, Long> byCause = new EnumMap<>(RootCause.class);
        for (Object row : rows(em, tenantId, scope, "root_cause")) {
            Object[] r = (Object[]) row;
            byCause.merge(RootCause.valueOf((String) r[0]), ((Number) r[1]).longValue(), Long::sum);
        }
        byCause.values().removeIf(n -> n == 0);
        return byCause;
    }

    /** Incidents of the scope by the tenant's day. */
    static TreeMap<LocalDate, Long> byDay(EntityManager em, long tenantId, ReportScope scope) {
        TreeMap<LocalDate, Long> byDay = new TreeMap<>();
        for (Object row : rows(em, tenantId, scope, "day")) {
            Object[] r = (Object[]) row;
            byDay.merge(day(r[0]), ((Number) r[1]).longValue(), Long::sum);
        }
        return byDay;
    }

    /**
     * Rows of (location id, the location's day, incidents) for the locations' days {@code from}–{@code to}: zones lie
     * at most 26 hours apart, so the tenant's day of an incident is within two days of the location's, which bounds
     * the key range read.
     */
    static List<Object[]> byLocationDay(EntityManager em, long tenantId, List<Long> locations, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select location_id, location_day, sum(incidents) from incident_day"
                        + " where tenant_id = :tenant and day between :first and :last and location_day between :from and :to"
                        + " and location_id in (:locations) group by location_id, location_day")
                .setParameter("tenant", tenantId).setParameter("first", from.minusDays(2)).setParameter("last", to.plusDays(2))
                .setParameter("from", from).setParameter("to", to)
                .setParameter("locations", locations.isEmpty() ? List.of(-1L) : locations).getResultList();
        return rows.stream().map(r -> new Object[] {r[0], day(r[1]), r[2]}).toList();
    }

    /**
     * Response ({@code R}) or resolution ({@code S}) times of the whole business's incidents of the scope's days:
     * minutes (exact below 64, above in steps of less than 1/32 of the time) to how many. Whole months of the
     * period are read from the monthly rows, only the days before and after them from the daily ones.
     */
    static Map<Long, Long> minutes(EntityManager em, long tenantId, ReportScope scope, String kind) {
        Months months = Months.within(scope.period().from(), scope.period().to());
        Map<Long, Long> histogram = new java.util.HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select minutes, sum(incidents) from ("
                        + "select minutes, incidents from incident_minutes_day where tenant_id = :tenant and kind = :kind"
                        + " and (day between :from and :beforeMonths or day between :afterMonths and :to)"
                        + " union all select minutes, incidents from incident_minutes_month where tenant_id = :tenant"
                        + " and kind = :kind and month >= :firstMonth and month < :afterMonths) times group by minutes")
                .setParameter("tenant", tenantId).setParameter("kind", kind)
                .setParameter("from", scope.period().from()).setParameter("to", scope.period().to())
                .setParameter("firstMonth", months.first()).setParameter("beforeMonths", months.first().minusDays(1))
                .setParameter("afterMonths", months.after()).getResultList();
        for (Object[] r : rows) {
            long n = ((Number) r[1]).longValue();
            if (n != 0) {
                histogram.merge(((Number) r[0]).longValue(), n, Long::sum);
            }
        }
        return histogram;
    }

    /**
     * The whole months of a period, {@code first} (a first day) up to before {@code after}; the period's days before
     * {@code first} and from {@code after} on are outside them. No whole month: both are the day after the period.
     */
    record Months(LocalDate first, LocalDate after) {

        static Months within(LocalDate from, LocalDate to) {
            LocalDate first = from.getDayOfMonth() == 1 ? from : from.plusMonths(1).withDayOfMonth(1);
            LocalDate after = to.plusDays(1).withDayOfMonth(1);
            return first.isBefore(after) ? new Months(first, after) : new Months(to.plusDays(1), to.plusDays(1));
        }
    }

    /** The whole business from the counts without locations (days x root causes), some locations from theirs. */
    @SuppressWarnings("unchecked")
    private static List<Object> rows(EntityManager em, long tenantId, ReportScope scope, String column) {
        Query query = em.createNativeQuery("select " + column + ", sum(incidents) from "
                + (scope.restricted() ? "incident_day" : "incident_tenant_day")
                + " where tenant_id = :tenant and day between :from and :to"
                + (scope.restricted() ? " and location_id in (:locations)" : "") + " group by " + column);
        query.setParameter("tenant", tenantId).setParameter("from", scope.period().from())
                .setParameter("to", scope.period().to());
        if (scope.restricted()) {
            query.setParameter("locations", scope.locations().isEmpty() ? List.of(-1L) : List.copyOf(scope.locations()));
        }
        return query.getResultList();
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
