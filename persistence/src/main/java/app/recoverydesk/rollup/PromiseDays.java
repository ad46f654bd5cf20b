package app.recoverydesk.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily promise rollup ({@code promise_day}): promises by the tenant's day they are due, owner and recorded
 * outcome. The outcome is the one the promise holds (open until kept — then on time or late — or broken), which
 * changes only with a write, never with the clock: the report has always shown an overdue open promise as open.
 */
public final class PromiseDays {

    private static final String UPSERT = "insert into promise_day (tenant_id, location_id, day, owner, status, promises)"
            + " values (?, ?, ?, ?, ?, ?) on duplicate key update promises = promises + values(promises)";

    private PromiseDays() {
    }

    /** What a promise is counted by; a null owner is the location's queue. */
    public record Key(long tenantId, long locationId, Instant dueAt, String owner, String status)
            implements java.io.Serializable {
    }

    public static void add(Connection c, Key key, int delta) throws SQLException {
        LocalDate day = LocalDate.ofInstant(key.dueAt(), Days.tenantZone(c, key.tenantId()));
        // in the order Days.locationAndTenant gives: every writer locks a change's rows in the same order
        Map<List<Object>, Long> rows = new LinkedHashMap<>();
        for (long location : Days.locationAndTenant(key.locationId())) {
            rows.put(List.of(location, day, key.owner() == null ? "" : key.owner(), key.status()), (long) delta);
        }
        write(c, key.tenantId(), rows);
    }

    static void rebuild(Connection c, long tenantId, ZoneId zone) throws SQLException {
        Days.clear(c, tenantId, "promise_day");
        Map<List<Object>, Long> rows = new HashMap<>();
        // the upsert below meets owners that compare equal (case, trailing spaces) as the table does
        Days.recount(c, tenantId, zone, "select location_id, " + Days.slot("due_at") + ", coalesce(owner, ''), status,"
                + " count(*) from promise where tenant_id = ? group by 1, 2, 3, 4", (r, location, day) ->
                rows.merge(List.of(location, day, r.getString(3), r.getString(4)), r.getLong(5), Long::sum));
        write(c, tenantId, rows);
    }

    /** Adds to the rollup's rows: (location, day, owner or '', status) → promises. */
    private static void write(Connection c, long tenantId, Map<List<Object>, Long> rows) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(UPSERT)) {
            for (Map.Entry<List<Object>, Long> e : rows.entrySet()) {
                up.setLong(1, tenantId);
                up.setLong(2, (Long) e.getKey().get(0));
                up.setObject(3, e.getKey().get(1));
                up.setString(4, (String) e.getKey().get(2));
                up.setString(5, (String) e.getKey().get(3));
                up.setLong(6, e.getValue());
                up.addBatch();
            }
            up.executeBatch();
        }
    }
}
