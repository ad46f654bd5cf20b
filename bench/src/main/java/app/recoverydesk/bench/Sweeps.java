package app.recoverydesk.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * What one pass of each background job costs with many businesses and nothing due (issue #22: "a sweep with 2,000
 * tenants and nothing due costs < 20 ms"): the database gets bare active businesses up to the number asked, one
 * pass of each job clears whatever the seeded data had due, and then the operator's API runs passes one after the
 * other; each answers its duration as the application measured it around the real pass (due-queries and the
 * handling of what they found, without HTTP). The added businesses are removed again afterwards, so that the other
 * scenarios of a later run on the same database see the seeded ones only.
 */
final class Sweeps {

    static final List<String> JOBS = List.of("escalation", "reminders", "retention");
    private static final String PREFIX = "recovery-bench-sweep-tenant-";
    private static final int WARM_UP = 5;

    /** The passes of one job: items handled in the measured passes, their durations. */
    record Result(String job, int passes, int items, double p50Ms, double p90Ms, double maxMs) {
    }

    private Sweeps() {
    }

    static List<Result> run(String app, String realm, Db db, int tenants, int passes) throws Exception {
        int added = addTenants(db, tenants);
        System.out.printf("%n== Sweeps: one pass of each job, %,d businesses (%,d added bare), %d passes each%n",
                db.count("SELECT COUNT(*) FROM tenant WHERE status = 'ACTIVE'"), added, passes);
        try {
            Tokens operator = new Tokens(realm, "operator", "demo");
            HttpClient http = ApiLogging.client();
            List<Result> results = new ArrayList<>();
            for (String job : JOBS) {
                for (int i = 0; i < WARM_UP; i++) { // the first clears what the seeded data had due
                    pass(http, app, operator, job);
                }
                long[] micros = new long[passes];
                int items = 0;
                for (int i = 0; i < passes; i++) {
                    JsonObject pass = pass(http, app, operator, job);
                    micros[i] = pass.getJsonNumber("durationMicros").longValue();
                    items += pass.getInt("items");
                }
                Arrays.sort(micros);
                Result r = new Result(job, passes, items, ms(micros, 0.5), ms(micros, 0.9), micros[passes - 1] / 1000.0);
                System.out.printf("  %-12s p50 %7.2f ms  p90 %7.2f ms  max %7.2f ms  items handled %d%n", job, r.p50Ms(),
                        r.p90Ms(), r.maxMs(), r.items());
                results.add(r);
            }
            return results;
        } finally {
            removeTenants(db);
        }
    }

    private static double ms(long[] sortedMicros, double p) {
        return sortedMicros[Math.max(0, (int) Math.ceil(p * sortedMicros.length) - 1)] / 1000.0;
    }

    private static JsonObject pass(HttpClient http, String app, Tokens operator, String job) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(app + "/api/v1/operator/jobs/" + job
                        + "/run")).header("Authorization", "Bearer " + operator.get())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("The " + job + " pass answered " + answer.statusCode() + ": " + answer.body());
        }
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    /** Bare active businesses (no locations, no cases) until there are {@code target}; answers how many were added. */
    private static int addTenants(Db db, int target) throws SQLException {
        int missing = (int) Math.max(0, target - db.count("SELECT COUNT(*) FROM tenant"));
        String sql = "INSERT IGNORE INTO tenant (organization_id, name, business_type, country, currency,"
                + " default_language, time_zone, status, created_at) VALUES (?, ?, 'RESTAURANT', 'NO', 'NOK', 'nb',"
                + " 'Europe/Oslo', 'ACTIVE', ?)";
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int n = 1; n <= missing; n++) {
                ps.setString(1, UUID.nameUUIDFromBytes((PREFIX + n).getBytes(StandardCharsets.UTF_8)).toString());
                ps.setString(2, "Sweep bench " + n);
                ps.setObject(3, Db.utc(Instant.now()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return missing;
    }

    private static void removeTenants(Db db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM tenant WHERE name LIKE 'Sweep bench %' AND NOT EXISTS "
                    + "(SELECT 1 FROM location l WHERE l.tenant_id = tenant.id)");
        }
    }
}
