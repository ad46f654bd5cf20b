package app.recoverydesk.it.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The background jobs on the two-node cluster (scripts/cluster.sh): with both nodes up an overdue exception request
 * is escalated once and each overdue promise told once; after the node that ran the escalation timer is killed
 * (-9), the other node takes the timer over within a minute and new overdue work is escalated, again once.
 * Everything goes through the balancer (the application on 8080, Keycloak on 8180), as a user's client would; the
 * node that ran the timer is read from the operator's view of the jobs.
 */
class TimersClusterIT {

    private static final String APP = Cluster.APP;
    private static final String REALM = Cluster.KEYCLOAK + "/realms/recovery";
    private static final String DB_URL = System.getenv().getOrDefault("DB_URL", "jdbc:mysql://127.0.0.1:3306/recovery");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Item(long incident, long recovery, long promise) {
    }

    @BeforeAll
    static void cluster() {
        Cluster.start();
    }

    @Test
    void theJobsRunOnceAcrossTheNodesAndTheOtherNodeTakesOverWhenOneDies() throws Exception {
        List<Item> before = overdueItems("bistro", 3);
        before.addAll(overdueItems("rental", 3));
        awaitTrue(Duration.ofSeconds(45), () -> allTold(before), "the overdue work was not escalated with both nodes up");
        String node = lastNode("escalation");
        Thread.sleep(20_000); // more passes of the timer, wherever they run, and the after-commit work of both nodes
        assertToldOnce(before);

        Instant killed = Instant.now();
        Cluster.kill("wildfly-" + node);
        try {
            List<Item> after = overdueItems("bistro", 2);
            awaitTrue(Duration.ofSeconds(60).minus(Duration.between(killed, Instant.now())), () -> allTold(after),
                    "the surviving node did not take the escalation timer over within a minute of " + node + " dying");
            System.out.printf("escalation taken over %d s after %s was killed%n",
                    Duration.between(killed, Instant.now()).toSeconds(), node);
            assertNotEquals(node, lastNode("escalation"), "the last pass ran on the killed node");
            Thread.sleep(20_000);
            assertToldOnce(after);
            assertToldOnce(before);
        } finally {
            Cluster.restart("wildfly-" + node); // the cluster whole again for the stage's other tests
            Cluster.awaitBalancerSees(node);
        }
    }

    // ---- the work ---------------------------------------------------------------------------------------------

    /** Exception requests of this business, each with an unowned promise on its case, both made overdue at once. */
    private static List<Item> overdueItems(String business, int count) throws Exception {
        String manager = token(business + "-manager");
        String frontline = token(business + "-frontline");
        long option = id(call("POST", "/recovery-options", manager, Json.createObjectBuilder()
                .add("name", "Voucher " + UUID.randomUUID()).add("type", "VOUCHER").add("monetary", true)
                .add("perIncident", "100").add("roles", Json.createArrayBuilder().add("frontline")).build()));
        long location = firstId("/locations", frontline);
        long category = firstId("/categories", frontline);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long incident = id(call("POST", "/incidents", frontline, Json.createObjectBuilder()
                    .add("locationId", location).add("categoryId", category)
                    .add("occurredAt", Instant.now().minus(10, ChronoUnit.MINUTES).toString())
                    .add("whatHappened", "Cluster timer " + UUID.randomUUID()).add("severity", "HIGH")
                    .add("rootCause", "PROCESS").build()));
            long recovery = id(call("POST", "/incidents/" + incident + "/recoveries", frontline, Json.createObjectBuilder()
                    .add("optionId", option).add("amount", "250.00").add("reason", "a long wait").build()));
            long promise = id(call("POST", "/incidents/" + incident + "/promises", frontline, Json.createObjectBuilder()
                    .add("what", "Call back " + UUID.randomUUID())
                    .add("dueAt", Instant.now().plus(1, ChronoUnit.HOURS).toString()).build()));
            items.add(new Item(incident, recovery, promise));
        }
        for (Item item : items) {
            update("update recovery set due_at = utc_timestamp(6) - interval 1 minute where id = ?", item.recovery());
            update("update promise set due_at = utc_timestamp(6) - interval 1 minute where id = ?", item.promise());
        }
        return items;
    }

    private static boolean allTold(List<Item> items) {
        return items.stream().allMatch(i -> count("select count(*) from notification where kind = 'APPROVAL_OVERDUE' "
                + "and recovery_id = ?", i.recovery()) > 0 && count("select count(*) from notification where "
                + "kind = 'PROMISE_OVERDUE' and promise_id = ?", i.promise()) > 0);
    }

    private static void assertToldOnce(List<Item> items) {
        for (Item item : items) {
            assertEquals(1, count("select count(*) from outbox_event where type = 'recovery.escalated' "
                    + "and incident_id = ?", item.incident()), "escalations of request " + item.recovery());
            assertEquals(1, count("select count(*) from outbox_event where type = 'promise.late' and incident_id = ?",
                    item.incident()), "late events of promise " + item.promise());
            assertEquals(1, count("select count(*) from notification where kind = 'APPROVAL_OVERDUE' "
                    + "and recovery_id = ?", item.recovery()), "executives' notices of request " + item.recovery());
            assertEquals(1, count("select count(*) from notification where kind = 'PROMISE_OVERDUE' "
                    + "and promise_id = ?", item.promise()), "managers' notices of promise " + item.promise());
        }
    }

    /** The node that ran the job's last pass, as the operator's API tells it. */
    private static String lastNode(String job) throws Exception {
        JsonArray jobs = Json.createReader(new StringReader(call("GET", "/operator/jobs", token("operator"), null)
                .body())).readArray();
        return jobs.stream().map(v -> v.asJsonObject()).filter(j -> j.getString("job").equals(job)).findFirst()
                .orElseThrow(() -> new AssertionError("the job " + job + " never ran: " + jobs)).getString("node");
    }

    // ---- plain clients of the balancer and the database ---------------------------------------------------------

    private static String token(String username) throws Exception {
        String form = "grant_type=password&client_id=recovery-cli&scope=openid&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo";
        HttpResponse<String> answer = retrying(HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertEquals(200, answer.statusCode(), answer.body());
        return Json.createReader(new StringReader(answer.body())).readObject().getString("access_token");
    }

    /** An API call through the balancer; a node that just died may answer 502/503 once until the balancer knows. */
    private static HttpResponse<String> call(String method, String path, String token, JsonStructure body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(APP + "/api/v1" + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return retrying(request.build());
    }

    private static HttpResponse<String> retrying(HttpRequest request) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() < 502 || System.nanoTime() > deadline) {
                    return answer;
                }
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            Thread.sleep(500);
        }
    }

    private static long id(HttpResponse<String> answer) {
        assertEquals(201, answer.statusCode(), answer.body());
        return Json.createReader(new StringReader(answer.body())).readObject().getJsonNumber("id").longValue();
    }

    private static long firstId(String path, String token) throws Exception {
        JsonObject first = Json.createReader(new StringReader(call("GET", path, token, null).body())).readArray()
                .getJsonObject(0);
        return first.getJsonNumber("id").longValue();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(DB_URL, System.getenv().getOrDefault("DB_USER", "recovery"),
                System.getenv().getOrDefault("DB_PASSWORD", "recovery"));
    }

    private static long count(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void update(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void awaitTrue(Duration within, BooleanSupplier condition, String failure) throws InterruptedException {
        long deadline = System.nanoTime() + Math.max(0, within.toNanos());
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure);
            }
            Thread.sleep(500);
        }
    }
}
