package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a load balancer and a monitoring system poll, on the management interface and without credentials:
 * liveness, readiness that follows the database (DOWN while it is away, promptly, and UP once it is back), and the
 * Prometheus metrics of the requests served.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    private static final String MANAGEMENT = "http://localhost:9990";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The status of the named check in a health answer. */
    private static Optional<String> check(String body, String name) {
        JsonObject health = Json.createReader(new StringReader(body)).readObject();
        return health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> name.equals(c.getString("name"))).map(c -> c.getString("status")).findFirst();
    }

    @Test
    void liveAndReady_andReadinessFollowsTheDatabase() throws Exception {
        HttpResponse<String> live = get(MANAGEMENT + "/health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("\"status\":\"UP\""), live.body());

        HttpResponse<String> ready = get(MANAGEMENT + "/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals(Optional.of("UP"), check(ready.body(), "database"), ready.body());

        Database.relay("down");
        try {
            long started = System.currentTimeMillis();
            HttpResponse<String> away = get(MANAGEMENT + "/health/ready");
            long took = System.currentTimeMillis() - started;
            assertEquals(503, away.statusCode(), away.body());
            assertEquals(Optional.of("DOWN"), check(away.body(), "database"), away.body());
            assertTrue(took < 5_000, "readiness answered after " + took + " ms");
            // still DOWN, not UP by a pool that hands out a connection it has not yet seen broken
            HttpResponse<String> again = get(MANAGEMENT + "/health/ready");
            assertEquals(503, again.statusCode(), again.body());
            // the server lives on: the balancer waits for it rather than restarting it
            assertEquals(200, get(MANAGEMENT + "/health/live").statusCode());
        } finally {
            Database.relay("up");
        }

        long back = System.currentTimeMillis();
        HttpResponse<String> after;
        do {
            Thread.sleep(250);
            after = get(MANAGEMENT + "/health/ready");
        } while (after.statusCode() != 200 && System.currentTimeMillis() - back < 30_000);
        assertEquals(200, after.statusCode(), "ready again once the database is back: " + after.body());
        assertEquals(Optional.of("UP"), check(after.body(), "database"), after.body());
        System.out.println("Ready " + (System.currentTimeMillis() - back) + " ms after the database came back");
    }

    @Test
    void metricsCountTheRequestsServed() throws Exception {
        long before = requestCount();
        for (int i = 0; i < 5; i++) {
            assertEquals(200, get(Deployments.APP + "/jakarta.faces.resource/css/app.css.xhtml").statusCode());
        }
        HttpResponse<String> metrics = get(MANAGEMENT + "/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("wildfly_undertow_total_request_time_total_seconds{")
                && metrics.body().contains("wildfly_undertow_error_count_total{"), metrics.body());
        assertTrue(value(metrics.body(), "wildfly_undertow_processing_time_total_seconds{", "http_listener=\"default\"") > 0,
                "the listener times requests");
        long after = requestCount();
        assertTrue(after >= before + 5, "requests counted: " + before + " then " + after);
    }

    /** Requests the pages' servlet served, as Prometheus reads them. */
    private static long requestCount() throws Exception {
        return (long) value(get(MANAGEMENT + "/metrics").body(), "wildfly_undertow_request_count_total{", "servlet=\"Faces Servlet\"");
    }

    private static double value(String metrics, String name, String label) {
        return metrics.lines().filter(l -> l.startsWith(name) && l.contains(label))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
