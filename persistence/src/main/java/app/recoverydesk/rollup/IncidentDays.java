package app.recoverydesk.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily incident counts the compliance report reads ({@code incident_day}), by plain JDBC on the connection of
 * the change's transaction: a change adds or takes away one on its key with an upsert, so concurrent changes never
 * lose each other's counts, and the counts commit with the change or not at all.
 */
public final class IncidentDays {

    private static final String UPSERT = "insert into incident_day (tenant_id, day, location_id, location_day,"
            + " root_cause, incidents) values (?, ?, ?, ?, ?, ?) on duplicate key update incidents = incidents + values(incidents)";

    private static final String TENANT_UPSERT = "insert into incident_tenant_day (tenant_id, day, root_cause, incidents)"
            + " values (?, ?, ?, ?) on duplicate key update incidents = incidents + values(incidents)";

    private IncidentDays() {
    }

    private static final String MINUTES_UPSERT = "insert into incident_minutes_day (tenant_id, day, kind, minutes,"
            + " incidents) values (?, ?, ?, ?, ?) on duplicate key update incidents = incidents + values(incidents)";

    /** The same times by the month of their day (its first day): what a long period's report reads. */
    private static final String MINUTES_MONTH_UPSERT = MINUTES_UPSERT.replace("incident_minutes_day", "incident_minutes_month")
            .replace("(tenant_id, day,", "(tenant_id, month,");

    /** What an incident is counted by: its day's key, and its response and resolution times when it has them. */
    public record Key(long tenantId, long locationId, Instant occurredAt, String rootCause, Instant createdAt,
                      Instant respondedAt, Instant resolvedAt) implements java.io.Serializable {
    }

    /** Counts {@code delta} (1: logged or moved here, -1: moved away) under the key. */
    public static void add(Connection c, Key key, int delta) throws SQLException {
        ZoneId[] zones = zones(c, key.locationId());
        LocalDate day = LocalDate.ofInstant(key.occurredAt(), zones[0]);
        try (PreparedStatement up = c.prepareStatement(UPSERT)) {
            up.setLong(1, key.tenantId());
            up.setObject(2, day);
            up.setLong(3, key.locationId());
            up.setObject(4, LocalDate.ofInstant(key.occurredAt(), zones[1]));
            up.setString(5, key.rootCause());
            up.setLong(6, delta);
            up.executeUpdate();
        }
        try (PreparedStatement up = c.prepareStatement(TENANT_UPSERT)) {
            up.setLong(1, key.tenantId());
            up.setObject(2, day);
            up.setString(3, key.rootCause());
            up.setLong(4, delta);
            up.executeUpdate();
        }
        Map<List<Object>, Long> times = new java.util.LinkedHashMap<>();   // R before S: one lock order for every writer
        for (Object[] time : new Object[][] {{"R", key.respondedAt()}, {"S", key.resolvedAt()}}) {
            if (time[1] != null) {
                times.put(List.of(day, time[0], step(minutes(key.createdAt(), (Instant) time[1]))), (long) delta);
            }
        }
        writeMinutes(c, key.tenantId(), times);
    }

    /** Whole minutes from one to the other, as the database's {@code timestampdiff(MINUTE, …)} counts them. */
    static long minutes(Instant from, Instant to) {
        return java.time.Duration.between(from, to).toMinutes();
    }

    /**
     * The step a time in minutes is counted in: itself below 64 minutes, above rounded down to a multiple of 2^(n-5)
     * where 2^n <= minutes: less than 1/32 (about 3 %) of the time below it, so a median or 90th percentile read from
     * the steps is at most that much lower than the exact one.
     */
    public static long step(long minutes) {
        if (minutes < 64) {
            return minutes;
        }
        int shift = 63 - Long.numberOfLeadingZeros(minutes) - 5;
        return (minutes >> shift) << shift;
    }

    /** The tenant's and the location's time zone. */
    private static ZoneId[] zones(Connection c, long locationId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select t.time_zone, l.time_zone from location l"
                + " join tenant t on t.id = l.tenant_id where l.id = ?")) {
            q.setLong(1, locationId);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("No location " + locationId);
                }
                return new ZoneId[] {ZoneId.of(r.getString(1)), ZoneId.of(r.getString(2))};
            }
        }
    }

    /** Marks the tenant's counts to be made again (its or a location's time zone changed). */
    public static void markPending(Connection c, long tenantId) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("insert ignore into incident_day_pending (tenant_id) values (?)")) {
            p.setLong(1, tenantId);
            p.executeUpdate();
        }
    }

    /** Marks every tenant's counts to be made again (incidents were written around the application). */
    public static void markAllPending(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("insert ignore into incident_day_pending (tenant_id) select id from tenant");
        }
    }

    /** Counts again every tenant marked pending, one after the other; answers how many. */
    public static int rebuildPending(Connection c) throws SQLException {
        List<Long> pending = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select tenant_id from incident_day_pending")) {
            while (r.next()) {
                pending.add(r.getLong(1));
            }
        }
        for (long tenantId : pending) {
            rebuild(c, tenantId);
        }
        return pending.size();
    }

    /**
     * Counts the tenant's incidents again from the incidents themselves, in the caller's transaction when there is
     * one (else committing): the database counts per location, root cause and quarter hour, here those are put
     * into the days of the tenant's and the location's time zone.
     */
    public static void rebuild(Connection c, long tenantId) throws SQLException {
        boolean commit = c.getAutoCommit();
        if (commit) {
            c.setAutoCommit(false);
        }
        try {
            Map<Long, ZoneId> locationZones = new HashMap<>();
            ZoneId tenantZone;
            try (PreparedStatement q = c.prepareStatement("select time_zone from tenant where id = ?")) {
                q.setLong(1, tenantId);
                try (ResultSet r = q.executeQuery()) {
                    if (!r.next()) {
                        clearPending(c, tenantId);
                        finish(c, commit);
                        return;
                    }
                    tenantZone = ZoneId.of(r.getString(1));
                }
            }
            try (PreparedStatement q = c.prepareStatement("select id, time_zone from location where tenant_id = ?")) {
                q.setLong(1, tenantId);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        locationZones.put(r.getLong(1), ZoneId.of(r.getString(2)));
                    }
                }
            }
            Days.clear(c, tenantId, "incident_day", "incident_tenant_day", "incident_minutes_day", "incident_minutes_month");
            Map<List<Object>, Long> counts = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("select location_id, root_cause,"
                    + " " + Days.slot("occurred_at") + ", count(*)"
                    + " from incident where tenant_id = ? group by 1, 2, 3")) {
                q.setLong(1, tenantId);
                q.setFetchSize(Integer.MIN_VALUE);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        long location = r.getLong(1);
                        counts.merge(List.of(Days.dayOfSlot(r.getLong(3), tenantZone), location,
                                Days.dayOfSlot(r.getLong(3), locationZones.getOrDefault(location, tenantZone)), r.getString(2)),
                                r.getLong(4), Long::sum);
                    }
                }
            }
            try (PreparedStatement up = c.prepareStatement(UPSERT)) {
                int batch = 0;
                for (Map.Entry<List<Object>, Long> e : counts.entrySet()) {
                    up.setLong(1, tenantId);
                    up.setObject(2, e.getKey().get(0));
                    up.setLong(3, (Long) e.getKey().get(1));
                    up.setObject(4, e.getKey().get(2));
                    up.setString(5, (String) e.getKey().get(3));
                    up.setLong(6, e.getValue());
                    up.addBatch();
                    if (++batch % 1000 == 0) {
                        up.executeBatch();
                    }
                }
                up.executeBatch();
            }
            Map<List<Object>, Long> tenantCounts = new HashMap<>();
            counts.forEach((k, n) -> tenantCounts.merge(List.of(k.get(0), k.get(3)), n, Long::sum));
            try (PreparedStatement up = c.prepareStatement(TENANT_UPSERT)) {
                for (Map.Entry<List<Object>, Long> e : tenantCounts.entrySet()) {
                    up.setLong(1, tenantId);
                    up.setObject(2, e.getKey().get(0));
                    up.setString(3, (String) e.getKey().get(1));
                    up.setLong(4, e.getValue());
                    up.addBatch();
                }
                up.executeBatch();
            }
            Map<List<Object>, Long> times = new HashMap<>();
            countMinutes(c, tenantId, tenantZone, "R", "responded_at", times);
            countMinutes(c, tenantId, tenantZone, "S", "resolved_at", times);
            writeMinutes(c, tenantId, times);
            // the rest of the report's rollups go by the tenant's days too
            RecoveryDays.rebuild(c, tenantId, tenantZone);
            PromiseDays.rebuild(c, tenantId, tenantZone);
            FeedbackDays.rebuild(c, tenantId, tenantZone);
            clearPending(c, tenantId);
            finish(c, commit);
        } catch (SQLException | RuntimeException e) {
            if (commit) {
                c.rollback();
                c.setAutoCommit(true);
            }
            throw e;
        }
    }

    /** The response or resolution times of the tenant's incidents, by quarter hour of the incident and minutes. */
    private static void countMinutes(Connection c, long tenantId, ZoneId zone, String kind, String column,
                                     Map<List<Object>, Long> times) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select " + Days.slot("occurred_at") + ", timestampdiff(MINUTE,"
                + " created_at, " + column + "), count(*) from incident where tenant_id = ? and " + column + " is not null"
                + " group by 1, 2")) {
            q.setLong(1, tenantId);
            q.setFetchSize(Integer.MIN_VALUE);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    times.merge(List.of(Days.dayOfSlot(r.getLong(1), zone), kind, step(r.getLong(2))), r.getLong(3),
                            Long::sum);
                }
            }
        }
    }

    /** Adds to the times' rows, (day, kind, minutes step) → incidents, by day and by month. */
    private static void writeMinutes(Connection c, long tenantId, Map<List<Object>, Long> byDay) throws SQLException {
        Map<List<Object>, Long> byMonth = new java.util.LinkedHashMap<>();
        byDay.forEach((k, n) -> byMonth.merge(List.of(((LocalDate) k.get(0)).withDayOfMonth(1), k.get(1), k.get(2)), n,
                Long::sum));
        // days before months: every writer locks a change's rows in the same order
        upsertMinutes(c, MINUTES_UPSERT, tenantId, byDay);
        upsertMinutes(c, MINUTES_MONTH_UPSERT, tenantId, byMonth);
    }

    private static void upsertMinutes(Connection c, String upsert, long tenantId, Map<List<Object>, Long> rows)
            throws SQLException {
        try (PreparedStatement up = c.prepareStatement(upsert)) {
            int batch = 0;
            for (Map.Entry<List<Object>, Long> e : rows.entrySet()) {
                up.setLong(1, tenantId);
                up.setObject(2, e.getKey().get(0));
                up.setString(3, (String) e.getKey().get(1));
                up.setLong(4, (Long) e.getKey().get(2));
                up.setLong(5, e.getValue());
                up.addBatch();
                if (++batch % 1000 == 0) {
                    up.executeBatch();
                }
            }
            up.executeBatch();
        }
    }

    private static void clearPending(Connection c, long tenantId) throws SQLException {
        try (PreparedStatement d = c.prepareStatement("delete from incident_day_pending where tenant_id = ?")) {
            d.setLong(1, tenantId);
            d.executeUpdate();
        }
    }

    private static void finish(Connection c, boolean commit) throws SQLException {
        if (commit) {
            c.commit();
            c.setAutoCommit(true);
        }
    }
}
