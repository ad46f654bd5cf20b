package app.recoverydesk.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily feedback rollup ({@code feedback_day}): customers' answers by the tenant's day they were given, at the
 * location of their case — so moving a case to another location moves its answers' counts with it.
 */
public final class FeedbackDays {

    private static final String UPSERT = "insert into feedback_day (tenant_id, location_id, day, answers, solved,"
            + " satisfaction_sum, satisfied, promoters, passives, detractors) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " on duplicate key update answers = answers + values(answers), solved = solved + values(solved),"
            + " satisfaction_sum = satisfaction_sum + values(satisfaction_sum), satisfied = satisfied + values(satisfied),"
            + " promoters = promoters + values(promoters), passives = passives + values(passives),"
            + " detractors = detractors + values(detractors)";

    private FeedbackDays() {
    }

    /** One answer: solved, satisfaction 1–5 (CSAT counts 4 and 5), recommendation 0–10 (NPS: 9–10, 7–8, 0–6). */
    public record Answer(long tenantId, Instant givenAt, boolean solved, int satisfaction, int recommend) {
    }

    /** Counts an answer (1: given, -1: taken away) at its case's location and for the whole tenant. */
    public static void given(Connection c, Answer answer, long incidentId, int delta) throws SQLException {
        long location;
        try (PreparedStatement q = c.prepareStatement("select location_id from incident where id = ? and tenant_id = ?")) {
            q.setLong(1, incidentId);
            q.setLong(2, answer.tenantId());
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    throw new SQLException("No incident " + incidentId);
                }
                location = r.getLong(1);
            }
        }
        ZoneId zone = Days.tenantZone(c, answer.tenantId());
        for (long at : Days.locationAndTenant(location)) {
            add(c, answer.tenantId(), at, LocalDate.ofInstant(answer.givenAt(), zone), counts(answer, delta));
        }
    }

    /** The case went from one location to another: its answers' counts go with it (the tenant's stay). */
    public static void moved(Connection c, long tenantId, long incidentId, long from, long to) throws SQLException {
        ZoneId zone = Days.tenantZone(c, tenantId);
        try (PreparedStatement q = c.prepareStatement("select created_at, solved, satisfaction, recommend from feedback"
                + " where tenant_id = ? and incident_id = ?")) {
            q.setLong(1, tenantId);
            q.setLong(2, incidentId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    Answer answer = new Answer(tenantId, r.getObject(1, java.time.LocalDateTime.class)
                            .toInstant(java.time.ZoneOffset.UTC),
                            r.getBoolean(2), r.getInt(3), r.getInt(4));
                    LocalDate day = LocalDate.ofInstant(answer.givenAt(), zone);
                    add(c, tenantId, from, day, counts(answer, -1));
                    add(c, tenantId, to, day, counts(answer, 1));
                }
            }
        }
    }

    /** answers, solved, satisfaction sum, satisfied, promoters, passives, detractors. */
    private static long[] counts(Answer a, int delta) {
        return new long[] {delta, a.solved() ? delta : 0, (long) delta * a.satisfaction(), a.satisfaction() >= 4 ? delta : 0,
            a.recommend() >= 9 ? delta : 0, a.recommend() >= 7 && a.recommend() <= 8 ? delta : 0,
            a.recommend() <= 6 ? delta : 0};
    }

    private static void add(Connection c, long tenantId, long location, LocalDate day, long[] n) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(UPSERT)) {
            bind(up, tenantId, location, day, n);
            up.executeUpdate();
        }
    }

    private static void bind(PreparedStatement up, long tenantId, long location, LocalDate day, long[] n) throws SQLException {
        up.setLong(1, tenantId);
        up.setLong(2, location);
        up.setObject(3, day);
        for (int i = 0; i < n.length; i++) {
            up.setLong(4 + i, n[i]);
        }
    }

    static void rebuild(Connection c, long tenantId, ZoneId zone) throws SQLException {
        Days.clear(c, tenantId, "feedback_day");
        Map<List<Object>, long[]> rows = new HashMap<>();
        Days.recount(c, tenantId, zone, "select i.location_id, " + Days.slot("f.created_at") + ", f.solved,"
                + " f.satisfaction, f.recommend, count(*) from feedback f join incident i on i.id = f.incident_id"
                + " where f.tenant_id = ? group by 1, 2, 3, 4, 5", (r, location, day) -> {
                    long[] one = counts(new Answer(tenantId, null, r.getBoolean(3), r.getInt(4), r.getInt(5)), 1);
                    long[] sum = rows.computeIfAbsent(List.of(location, day), k -> new long[7]);
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += one[i] * r.getLong(6);
                    }
                });
        try (PreparedStatement up = c.prepareStatement(UPSERT)) {
            for (Map.Entry<List<Object>, long[]> e : rows.entrySet()) {
                bind(up, tenantId, (Long) e.getKey().get(0), (LocalDate) e.getKey().get(1), e.getValue());
                up.addBatch();
            }
            up.executeBatch();
        }
    }
}
