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
 * The daily recovery rollups ({@code recovery_day}, {@code recovery_decision_day}): a change takes one away under
 * the key the recovery was counted by and adds one under its new key, as an upsert in the change's transaction.
 */
public final class RecoveryDays {

    private static final String UPSERT = "insert into recovery_day (tenant_id, location_id, day, option_id, status,"
            + " currency, over_limit, late_decision, recoveries, value_minor, largest_minor) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " on duplicate key update recoveries = recoveries + values(recoveries),"
            + " value_minor = value_minor + values(value_minor), largest_minor = greatest(largest_minor, values(largest_minor))";

    private static final String DECISION_UPSERT = "insert into recovery_decision_day (tenant_id, location_id, day, minutes,"
            + " decisions) values (?, ?, ?, ?, ?) on duplicate key update decisions = decisions + values(decisions)";

    private RecoveryDays() {
    }

    /** What a recovery is counted by. */
    public record Key(long tenantId, long locationId, Instant requestedAt, long optionId, long policyId, String status,
                      String currency, boolean exceeded, Long amountMinor, Long approvedMinor, Instant dueAt,
                      Instant decidedAt) implements java.io.Serializable {

        /** The approved amount, else the requested one, as the report values recoveries. */
        long value() {
            return approvedMinor != null ? approvedMinor : amountMinor != null ? amountMinor : 0;
        }

        boolean lateDecision() {
            return dueAt != null && decidedAt != null && decidedAt.isAfter(dueAt);
        }

        boolean decidedException() {
            return !"GRANTED".equals(status) && decidedAt != null;
        }
    }

    /** Counts {@code delta} (1: requested or now so, -1: no longer so) under the key, for its location and the tenant. */
    public static void add(Connection c, Key key, int delta) throws SQLException {
        LocalDate day = LocalDate.ofInstant(key.requestedAt(), Days.tenantZone(c, key.tenantId()));
        boolean overLimit = "GRANTED".equals(key.status()) && (key.exceeded() || overPerIncident(c, key));
        // in the order Days.locationAndTenant gives: every writer locks a change's rows in the same order
        Map<List<Object>, long[]> rows = new LinkedHashMap<>();
        Map<List<Object>, Long> decisions = new LinkedHashMap<>();
        for (long location : Days.locationAndTenant(key.locationId())) {
            rows.put(List.of(location, day, key.optionId(), key.status(), key.currency(), overLimit, key.lateDecision()),
                    new long[] {delta, delta * key.value(), delta > 0 ? key.value() : 0});
            if (key.decidedException()) {
                decisions.put(List.of(location, day, IncidentDays.minutes(key.requestedAt(), key.decidedAt())),
                        (long) delta);
            }
        }
        write(c, key.tenantId(), rows, decisions);
    }

    /** Above the per-incident limit of the policy version it was judged by (policy versions never change). */
    private static boolean overPerIncident(Connection c, Key key) throws SQLException {
        if (key.amountMinor() == null) {
            return false;
        }
        try (PreparedStatement q = c.prepareStatement("select per_incident_minor from recovery_policy where id = ?")) {
            q.setLong(1, key.policyId());
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    return false;
                }
                long limit = r.getLong(1);
                return !r.wasNull() && key.amountMinor() > limit;
            }
        }
    }

    /** Counts the tenant's recoveries again from the recoveries themselves, in the caller's transaction. */
    static void rebuild(Connection c, long tenantId, ZoneId zone) throws SQLException {
        Days.clear(c, tenantId, "recovery_day", "recovery_decision_day");
        // recoveries written around the application (an import) learn whether they were granted over the limit,
        // as the application decides it when granting (V30); a grant never changes, so only false can become true
        try (PreparedStatement u = c.prepareStatement("update recovery r left join recovery_policy p on p.id = r.policy_id"
                + " set r.over_limit = true where r.tenant_id = ? and not r.over_limit and r.status = 'GRANTED'"
                + " and (r.exceeded is not null or r.amount_minor > p.per_incident_minor)")) {
            u.setLong(1, tenantId);
            u.executeUpdate();
        }
        Map<List<Object>, long[]> rows = new HashMap<>();
        Days.recount(c, tenantId, zone, "select r.location_id, " + Days.slot("r.requested_at") + ","
                + " r.option_id, r.status, r.currency,"
                + " case when r.status = 'GRANTED' and (r.exceeded is not null or r.amount_minor > p.per_incident_minor)"
                + " then 1 else 0 end, case when r.decided_at > r.due_at then 1 else 0 end, count(*),"
                + " sum(coalesce(r.approved_minor, r.amount_minor, 0)), max(coalesce(r.approved_minor, r.amount_minor, 0))"
                + " from recovery r left join recovery_policy p on p.id = r.policy_id where r.tenant_id = ?"
                + " group by 1, 2, 3, 4, 5, 6, 7", (r, location, day) -> {
                    long[] n = rows.computeIfAbsent(List.of(location, day, r.getLong(3), r.getString(4), r.getString(5),
                            r.getInt(6) == 1, r.getInt(7) == 1), k -> new long[3]);
                    n[0] += r.getLong(8);
                    n[1] += r.getLong(9);
                    n[2] = Math.max(n[2], r.getLong(10));
                });
        Map<List<Object>, Long> decisions = new HashMap<>();
        Days.recount(c, tenantId, zone, "select location_id, " + Days.slot("requested_at") + ","
                + " timestampdiff(MINUTE, requested_at, decided_at), count(*) from recovery"
                + " where tenant_id = ? and status <> 'GRANTED' and decided_at is not null group by 1, 2, 3",
                (r, location, day) -> decisions.merge(List.of(location, day, r.getLong(3)), r.getLong(4), Long::sum));
        write(c, tenantId, rows, decisions);
    }

    /**
     * Adds to the rollups' rows: (location, day, option, status, currency, over limit, late decision) → recoveries,
     * value, largest; (location, day, minutes to the decision) → decisions.
     */
    private static void write(Connection c, long tenantId, Map<List<Object>, long[]> rows,
                              Map<List<Object>, Long> decisions) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(UPSERT)) {
            for (Map.Entry<List<Object>, long[]> e : rows.entrySet()) {
                List<Object> k = e.getKey();
                up.setLong(1, tenantId);
                up.setLong(2, (Long) k.get(0));
                up.setObject(3, k.get(1));
                up.setLong(4, (Long) k.get(2));
                up.setString(5, (String) k.get(3));
                up.setString(6, (String) k.get(4));
                up.setBoolean(7, (Boolean) k.get(5));
                up.setBoolean(8, (Boolean) k.get(6));
                up.setLong(9, e.getValue()[0]);
                up.setLong(10, e.getValue()[1]);
                up.setLong(11, e.getValue()[2]);
                up.addBatch();
            }
            up.executeBatch();
        }
        if (decisions.isEmpty()) {
            return;
        }
        try (PreparedStatement up = c.prepareStatement(DECISION_UPSERT)) {
            for (Map.Entry<List<Object>, Long> e : decisions.entrySet()) {
                up.setLong(1, tenantId);
                up.setLong(2, (Long) e.getKey().get(0));
                up.setObject(3, e.getKey().get(1));
                up.setLong(4, (Long) e.getKey().get(2));
                up.setLong(5, e.getValue());
                up.addBatch();
            }
            up.executeBatch();
        }
    }
}
