package app.recoverydesk.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the daily rollups of recoveries, promises and feedback share: their days are the tenant's, location 0 holds
 * the whole tenant, and a rebuild lets the database count by quarter hour (every offset in use is a whole number of
 * them), which maps exactly onto days in Java, where the zones have their Java names.
 */
public final class Days {

    /** The location of the rows that count the whole tenant (location ids start at 1). */
    public static final long WHOLE_TENANT = 0;

    private static final int SLOT_SECONDS = 900;
    private static final Instant ZERO = Instant.parse("2000-01-01T00:00:00Z");

    private Days() {
    }

    /** The SQL of the quarter hour a time column falls in. */
    static String slot(String column) {
        return "floor(timestampdiff(SECOND, '2000-01-01 00:00:00', " + column + ") / " + SLOT_SECONDS + ")";
    }

    static LocalDate dayOfSlot(long slot, ZoneId zone) {
        return LocalDate.ofInstant(ZERO.plusSeconds(slot * SLOT_SECONDS), zone);
    }

    static ZoneId tenantZone(Connection c, long tenantId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select time_zone from tenant where id = ?")) {
            q.setLong(1, tenantId);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("No tenant " + tenantId);
                }
                return ZoneId.of(r.getString(1));
            }
        }
    }

    static void clear(Connection c, long tenantId, String... tables) throws SQLException {
        for (String table : tables) {
            try (PreparedStatement d = c.prepareStatement("delete from " + table + " where tenant_id = ?")) {
                d.setLong(1, tenantId);
                d.executeUpdate();
            }
        }
    }

    /** One grouped row of a recount, handed over once for its location and once for the whole tenant. */
    @FunctionalInterface
    interface Recount {
        void add(ResultSet row, long location, LocalDate day) throws SQLException;
    }

    /**
     * Streams a tenant's grouped rows — the query takes the tenant as its one parameter and selects the location
     * first and the quarter hour ({@link #slot}) second — and hands each to {@code recount} on the tenant's day.
     */
    static void recount(Connection c, long tenantId, ZoneId zone, String sql, Recount recount) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, tenantId);
            q.setFetchSize(Integer.MIN_VALUE);   // streamed: a big tenant's groups need not fit in memory twice
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    LocalDate day = dayOfSlot(r.getLong(2), zone);
                    for (long location : locationAndTenant(r.getLong(1))) {
                        recount.add(r, location, day);
                    }
                }
            }
        }
    }

    /** The location's rows and the whole tenant's: a change is counted in both. */
    static long[] locationAndTenant(long locationId) {
        return new long[] {locationId, WHOLE_TENANT};
    }
}
