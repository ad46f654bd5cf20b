package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The daily rollups of recoveries, decision times, promises, feedback and the whole tenant's incidents against
 * straight SQL over the records: each record is put into its tenant's day here, counted at its location and for
 * the whole tenant (location 0), and every rollup row that is not zero must be one of those, with the same sums.
 */
final class CaseRollups {

    private static final long WHOLE_TENANT = 0;

    private CaseRollups() {
    }

    static void assertEqualToTheRecords(long seed, long... tenants) {
        String after = " after seed " + seed;
        // (tenant, location, day, option, status, currency, over the limit, decided late) -> count, value, largest
        Map<List<Object>, List<Long>> recoveries = new TreeMap<>(CaseRollups::compare);
        for (List<Object> r : records("select r.tenant_id, r.location_id, r.requested_at, t.time_zone, r.option_id, r.status,"
                + " r.currency, case when r.status = 'GRANTED' and (r.exceeded is not null or r.amount_minor > p.per_incident_minor)"
                + " then 1 else 0 end, case when r.decided_at > r.due_at then 1 else 0 end,"
                + " coalesce(r.approved_minor, r.amount_minor, 0) from recovery r join tenant t on t.id = r.tenant_id"
                + " left join recovery_policy p on p.id = r.policy_id where r.tenant_id in (?, ?)", tenants)) {
            long value = number(r.get(9));
            boolean neverShrinks = "GRANTED".equals(r.get(5)) || "APPROVED".equals(r.get(5));
            add(recoveries, r, List.of(r.get(4), r.get(5), r.get(6), number(r.get(7)), number(r.get(8))),
                    new long[] {1, value, neverShrinks ? value : 0}, true);
        }
        Map<List<Object>, List<Long>> countedRecoveries = counted("select tenant_id, location_id, day, option_id, status,"
                + " currency, over_limit, late_decision, recoveries, value_minor,"
                + " case when status in ('GRANTED', 'APPROVED') then largest_minor else 0 end from recovery_day"
                + " where tenant_id in (?, ?) and recoveries <> 0", 8, tenants);
        assertEquals(recoveries, countedRecoveries, "recoveries by day" + after);
        assertEquals(0, Database.count("select count(*) from recovery_day where tenant_id in (?, ?) and recoveries = 0"
                + " and value_minor <> 0", tenants[0], tenants[1]), "a value without recoveries" + after);

        Map<List<Object>, List<Long>> decisions = new TreeMap<>(CaseRollups::compare);
        for (List<Object> r : records("select r.tenant_id, r.location_id, r.requested_at, t.time_zone,"
                + " timestampdiff(MINUTE, r.requested_at, r.decided_at) from recovery r join tenant t on t.id = r.tenant_id"
                + " where r.tenant_id in (?, ?) and r.status <> 'GRANTED' and r.decided_at is not null", tenants)) {
            add(decisions, r, List.of(number(r.get(4))), new long[] {1}, true);
        }
        assertEquals(decisions, counted("select tenant_id, location_id, day, minutes, decisions from recovery_decision_day"
                + " where tenant_id in (?, ?) and decisions <> 0", 4, tenants), "decision times by day" + after);

        Map<List<Object>, List<Long>> promises = new TreeMap<>(CaseRollups::compare);
        for (List<Object> r : records("select p.tenant_id, p.location_id, p.due_at, t.time_zone, coalesce(p.owner, ''),"
                + " p.status from promise p join tenant t on t.id = p.tenant_id where p.tenant_id in (?, ?)", tenants)) {
            add(promises, r, List.of(r.get(4), r.get(5)), new long[] {1}, true);
        }
        assertEquals(promises, counted("select tenant_id, location_id, day, owner, status, promises from promise_day"
                + " where tenant_id in (?, ?) and promises <> 0", 5, tenants), "promises by the day they are due" + after);

        // answers, solved, satisfaction sum, satisfied (4-5), promoters (9-10), passives (7-8), detractors (0-6)
        Map<List<Object>, List<Long>> feedback = new TreeMap<>(CaseRollups::compare);
        for (List<Object> r : records("select f.tenant_id, i.location_id, f.created_at, t.time_zone, f.solved, f.satisfaction,"
                + " f.recommend from feedback f join incident i on i.id = f.incident_id join tenant t on t.id = f.tenant_id"
                + " where f.tenant_id in (?, ?)", tenants)) {
            long solved = number(r.get(4));
            long satisfaction = number(r.get(5));
            long recommend = number(r.get(6));
            add(feedback, r, List.of(), new long[] {1, solved, satisfaction, satisfaction >= 4 ? 1 : 0,
                recommend >= 9 ? 1 : 0, recommend == 7 || recommend == 8 ? 1 : 0, recommend <= 6 ? 1 : 0}, true);
        }
        assertEquals(feedback, counted("select tenant_id, location_id, day, answers, solved, satisfaction_sum, satisfied,"
                + " promoters, passives, detractors from feedback_day where tenant_id in (?, ?) and answers <> 0", 3, tenants),
                "feedback by day, at its case's location" + after);

        Map<List<Object>, List<Long>> incidents = new TreeMap<>(CaseRollups::compare);
        for (List<Object> r : records("select i.tenant_id, i.location_id, i.occurred_at, t.time_zone, i.root_cause"
                + " from incident i join tenant t on t.id = i.tenant_id where i.tenant_id in (?, ?)", tenants)) {
            add(incidents, r, List.of(r.get(4)), new long[] {1}, false);
        }
        assertEquals(incidents, counted("select tenant_id, day, root_cause, incidents from incident_tenant_day"
                + " where tenant_id in (?, ?) and incidents <> 0", 3, tenants), "the whole tenant's incidents by day" + after);
    }

    private static List<List<Object>> records(String sql, long... tenants) {
        return Database.query(sql, tenants[0], tenants[1]);
    }

    /**
     * Adds a record (tenant, location, time, the tenant's zone, …) under (tenant, location, its day, dimensions) and,
     * with {@code perLocation}, under the whole tenant's location too; without, under (tenant, day, dimensions) only.
     */
    private static void add(Map<List<Object>, List<Long>> into, List<Object> record, List<Object> dimensions, long[] values,
                            boolean perLocation) {
        long tenant = number(record.get(0));
        LocalDate day = LocalDate.ofInstant(instant(record.get(2)), ZoneId.of((String) record.get(3)));
        List<List<Object>> keys = new ArrayList<>();
        if (perLocation) {
            for (long location : new long[] {number(record.get(1)), WHOLE_TENANT}) {
                List<Object> key = new ArrayList<>(List.of(tenant, location, day));
                key.addAll(dimensions);
                keys.add(key);
            }
        } else {
            List<Object> key = new ArrayList<>(List.of(tenant, day));
            key.addAll(dimensions);
            keys.add(key);
        }
        for (List<Object> key : keys) {
            List<Long> sums = into.computeIfAbsent(key, k -> new ArrayList<>(Arrays.asList(new Long[values.length])));
            for (int i = 0; i < values.length; i++) {
                long before = sums.get(i) == null ? 0 : sums.get(i);
                // the last value of a recovery is its largest: a maximum, not a sum
                sums.set(i, values.length == 3 && i == 2 ? Math.max(before, values[i]) : before + values[i]);
            }
        }
    }

    /** A rollup's rows: the first {@code keys} columns the key, the rest its counts. */
    private static Map<List<Object>, List<Long>> counted(String sql, int keys, long... tenants) {
        Map<List<Object>, List<Long>> rows = new TreeMap<>(CaseRollups::compare);
        for (List<Object> row : records(sql, tenants)) {
            List<Object> key = new ArrayList<>();
            for (int i = 0; i < keys; i++) {
                key.add(normal(row.get(i)));
            }
            List<Long> values = new ArrayList<>();
            for (int i = keys; i < row.size(); i++) {
                values.add(number(row.get(i)));
            }
            rows.put(key, values);
        }
        return rows;
    }

    private static Object normal(Object value) {
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return number(value);
        }
        return value;
    }

    private static long number(Object value) {
        return value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private static int compare(List<Object> a, List<Object> b) {
        return a.toString().compareTo(b.toString());
    }
}
