package app.recoverydesk.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The executive compliance report over one year, as the executive of a tenant (the one with the most incidents,
 * or a small one): a few unmeasured calls, then N calls one after the other (one executive opening the report, not
 * a crowd), and the drill-down to the incidents of the year. Every answer must be 200; the figures of the first one are printed so a
 * fast but empty report shows up as such.
 */
final class ExecutiveReport {

    static final String USER = "bistro-executive";
    private static final int WARMUP_CALLS = 3;
    private static final int DRILL_DOWN_CALLS = 5;
    /** Stops measuring after this long even when fewer than N calls were made (a very slow report). */
    private static final Duration LONGEST = Duration.ofMinutes(10);

    /** The figures for the summary: the report's and the drill-down's latencies, and the year's incidents. */
    record Result(Stats report, Stats drillDown, long yearIncidents) {
    }

    private final HttpClient http = ApiLogging.client();
    private final Tokens tokens;
    private final URI report;
    private final URI drillDown;
    private final LocalDate from;
    private final LocalDate to;

    private ExecutiveReport(String app, Tokens tokens) {
        this.tokens = tokens;
        this.to = LocalDate.now(ZoneOffset.UTC);
        this.from = to.minusDays(364);
        String period = "from=" + from + "&to=" + to;
        this.report = URI.create(app + "/api/v1/reports/compliance?" + period);
        this.drillDown = URI.create(app + "/api/v1/reports/compliance/incidents?figure=INCIDENTS&" + period);
    }

    static Result run(String app, String realm, Db db, Db.TenantIds tenant, int requests) throws SQLException {
        return run(app, realm, db, tenant, requests, USER);
    }

    /** As the executive of another tenant (e.g. a small one: hotel-executive). */
    static Result run(String app, String realm, Db db, Db.TenantIds tenant, int requests, String user)
            throws SQLException {
        Tokens tokens = new Tokens(realm, user, "demo");
        ExecutiveReport r = new ExecutiveReport(app, tokens);
        System.out.printf("%n== Compliance report (GET /api/v1/reports/compliance, %s to %s, as %s): 1 client,"
                + " %d warm-up calls, %d measured%n", r.from, r.to, user, WARMUP_CALLS, requests);
        long yearIncidents = r.describe(db, tenant);
        double loadBefore = load();

        Recorded first = r.call(r.report, "report");
        if (first.error() != null) {
            System.out.printf("  FAILED: %s %s%n", first.error(), first.body());
            return new Result(failed(first), failed(first), yearIncidents);
        }
        r.printFigures(first.body(), first.nanos(), yearIncidents);
        for (int i = 1; i < WARMUP_CALLS; i++) {
            r.call(r.report, "report");
        }
        Stats report = r.measure(r.report, "report", requests);
        r.call(r.drillDown, "drill-down"); // warm-up
        Stats drill = r.measure(r.drillDown, "drill-down", DRILL_DOWN_CALLS);
        Stats.printHeader();
        report.print("report (1 year)");
        drill.print("drill-down INCIDENTS");
        System.out.printf("  system load average (1 min) before / after: %.1f / %.1f on %d CPUs (other work on the"
                + " machine slows every figure)%n", loadBefore, load(), Runtime.getRuntime().availableProcessors());
        return new Result(report, drill, yearIncidents);
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The tenant sizes: whether the executive whose report is measured is the largest tenant's. */
    private long describe(Db db, Db.TenantIds tenant) throws SQLException {
        try (Connection c = db.connect()) {
            long largest = -1;
            long largestCount = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT tenant_id, COUNT(*) FROM incident"
                    + " GROUP BY tenant_id ORDER BY COUNT(*) DESC LIMIT 1"); ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    largest = rs.getLong(1);
                    largestCount = rs.getLong(2);
                }
            }
            ZoneId zone;
            try (PreparedStatement ps = c.prepareStatement("SELECT time_zone FROM tenant WHERE id = ?")) {
                ps.setLong(1, tenant.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    zone = ZoneId.of(rs.getString(1));
                }
            }
            // the report's period: days in the tenant's time zone
            Instant start = from.atStartOfDay(zone).toInstant();
            Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
            Map<String, Long> counts = new TreeMap<>();
            for (String[] q : new String[][] {{"incidents", "incident", "occurred_at"},
                {"recoveries", "recovery", "requested_at"}, {"promises", "promise", "due_at"},
                {"feedback", "feedback", "created_at"}}) {
                try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + q[1] + " WHERE tenant_id = ?"
                        + " AND " + q[2] + " >= ? AND " + q[2] + " < ?")) {
                    ps.setLong(1, tenant.id());
                    ps.setObject(2, Db.utc(start));
                    ps.setObject(3, Db.utc(end));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        counts.put(q[0], rs.getLong(1));
                    }
                }
            }
            System.out.printf("  the tenant (%d, %s) in the year: %,d incidents, %,d recoveries, %,d promises"
                    + " due, %,d feedback answers (SQL)%n", tenant.id(), zone, counts.get("incidents"),
                    counts.get("recoveries"), counts.get("promises"), counts.get("feedback"));
            System.out.printf("  largest tenant: %d with %,d incidents in all: %s%n", largest, largestCount,
                    largest == tenant.id() ? "this one" : "another one");
            return counts.get("incidents");
        }
    }

    private void printFigures(String body, long nanos, long yearIncidents) {
        JsonObject json = Json.createReader(new StringReader(body)).readObject();
        JsonObject now = json.getJsonObject("current");
        JsonObject before = json.getJsonObject("previous");
        long incidents = now.getJsonObject("incidents").getJsonNumber("count").longValue();
        System.out.printf("  first call: %.0f ms, %,d bytes; the report says: %,d incidents (previous year %,d),"
                        + " %,d recoveries (%,d exceptions, %,d over the limit), %,d/%,d/%,d/%,d promises"
                        + " kept/late/broken/open, %,d feedback answers%s%n",
                nanos / 1e6, body.length(), incidents,
                before.getJsonObject("incidents").getJsonNumber("count").longValue(),
                now.getJsonObject("recoveries").getJsonNumber("count").longValue(),
                now.getJsonObject("recoveries").getJsonNumber("exceptions").longValue(),
                now.getJsonObject("recoveries").getJsonNumber("overLimitWithoutApproval").longValue(),
                now.getJsonObject("promises").getJsonNumber("kept").longValue(),
                now.getJsonObject("promises").getJsonNumber("late").longValue(),
                now.getJsonObject("promises").getJsonNumber("broken").longValue(),
                now.getJsonObject("promises").getJsonNumber("open").longValue(),
                now.getJsonObject("feedback").getJsonNumber("answers").longValue(),
                incidents == yearIncidents ? "" : String.format(" (SQL counted %,d: DIFFERENT)", yearIncidents));
    }

    private Stats measure(URI uri, String kind, int calls) {
        long[] nanos = new long[calls];
        int ok = 0;
        Map<String, Integer> errors = new TreeMap<>();
        String sample = null;
        long started = System.nanoTime();
        for (int i = 0; i < calls && System.nanoTime() - started < LONGEST.toNanos(); i++) {
            Recorded c = call(uri, kind);
            if (c.error() == null) {
                nanos[ok++] = c.nanos();
            } else {
                errors.merge(c.error(), 1, Integer::sum);
                sample = sample == null ? c.body() : sample;
            }
        }
        Duration window = Duration.ofNanos(System.nanoTime() - started);
        return Stats.of(Arrays.copyOf(nanos, ok), window, errors, sample);
    }

    /** One call, timed until the whole answer has arrived; error is null when it answered 200. */
    private record Recorded(long nanos, String error, String body) {
    }

    private Recorded call(URI uri, String kind) {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + tokens.get())
                .header("Accept", "application/json").timeout(Duration.ofMinutes(5)).GET().build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long t1 = System.nanoTime();
            if (response.statusCode() != 200) {
                return new Recorded(t1 - t0, "HTTP " + response.statusCode(), kind + ": "
                        + ApiLogging.shorten(response.body()));
            }
            return new Recorded(t1 - t0, null, response.body());
        } catch (IOException e) {
            return new Recorded(System.nanoTime() - t0, e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Recorded(System.nanoTime() - t0, "interrupted", null);
        }
    }

    private static Stats failed(Recorded r) {
        return Stats.of(new long[0], Duration.ofNanos(Math.max(1, r.nanos())), Map.of(r.error(), 1), r.body());
    }
}
