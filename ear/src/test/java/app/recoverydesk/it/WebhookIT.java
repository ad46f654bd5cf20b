package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Webhooks as another system sees them: a receiver of the test's own on 127.0.0.1 (the tests run with private
 * targets allowed) gets every subscribed event of its business once, signed with its secret, in order — also
 * after it was down for a while — and nothing else; the delivery log shows each try.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookIT {

    private static final String ADMIN = "bistro-admin";
    private static final String OTHER_ADMIN = "hotel-admin";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    /** One request the receiver got, with what it answered. */
    record Received(String path, String eventId, String type, String deliveryId, String signature,
                    String contentType, byte[] body, int answered) {

        JsonObject json() {
            return Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8))).readObject();
        }
    }

    private static HttpServer receiver;
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    /** How many requests to a path are still answered 500 before it recovers. */
    private static final Map<String, AtomicInteger> FAILURES_LEFT = new ConcurrentHashMap<>();
    private static final List<Long> CREATED = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            AtomicInteger left = FAILURES_LEFT.get(path);
            int status = left != null && left.getAndDecrement() > 0 ? 500 : 200;
            var h = exchange.getRequestHeaders();
            RECEIVED.add(new Received(path, h.getFirst("X-Recovery-Event-Id"), h.getFirst("X-Recovery-Event"),
                    h.getFirst("X-Recovery-Delivery"), h.getFirst("X-Recovery-Signature"), h.getFirst("Content-Type"),
                    body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        // nothing of this test goes on receiving events after it
        for (Long id : CREATED) {
            Api.delete("/admin/webhooks/" + id, Keycloak.token(ADMIN));
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void everySubscribedEventArrivesOnceSignedAndNothingElse() {
        String path = "/subscribed-" + UUID.randomUUID();
        JsonObject endpoint = register(path, "case.resolved", "incident.logged");
        String secret = endpoint.getString("secret");
        assertTrue(secret.length() >= 24, "the server makes a secret of at least 24 characters: " + secret);
        long tenant = DemoData.tenantId(DemoData.BISTRO);
        try {
            String resolved = publish(tenant, "case.resolved");
            String unsubscribed = publish(tenant, "promise.kept");
            String othersEvent = publish(DemoData.tenantId(DemoData.HOTEL), "case.resolved");
            String logged = publish(tenant, "incident.logged");
            awaitDelivered(path, 2);
            quietFor(Duration.ofSeconds(6)); // a sweep and more: any duplicate or stray event would show now

            List<Received> got = at(path);
            assertEquals(List.of(resolved, logged), got.stream().map(Received::eventId).toList(),
                    "each subscribed event once, in the order they happened");
            assertFalse(got.stream().anyMatch(r -> r.eventId().equals(unsubscribed)), "an unsubscribed event arrived");
            assertFalse(RECEIVED.stream().anyMatch(r -> r.eventId() != null && r.eventId().equals(othersEvent)),
                    "another business's event arrived");
            for (Received r : got) {
                assertEquals("sha256=" + hmac(secret, r.body()), r.signature(), "the signature of " + r.type());
                assertEquals("application/json", r.contentType());
                JsonObject json = r.json();
                assertEquals(r.eventId(), json.getString("id"), "the header names the body's event");
                assertEquals(r.type(), json.getString("type"));
                assertTrue(json.containsKey("occurredAt") && json.containsKey("data"), json.toString());
            }
            JsonArray log = deliveries(endpoint);
            assertEquals(2, log.size(), log.toString());
            for (JsonValue d : log) {
                assertEquals(List.of("DELIVERED", 1, 200), List.of(d.asJsonObject().getString("status"),
                        d.asJsonObject().getInt("attempts"), d.asJsonObject().getInt("lastStatusCode")), d.toString());
            }
        } finally {
            deactivate(endpoint);
        }
    }

    /** The services' own events: a case logged and resolved through the API reaches the endpoint once each. */
    @Test
    void aCaseLoggedAndResolvedThroughTheApiIsDelivered() {
        String path = "/case-" + UUID.randomUUID();
        JsonObject endpoint = register(path, "incident.logged", "case.resolved");
        try {
            long incident = Drafts.log("bistro-manager", Drafts.incident("bistro-manager", "Webhook case " + UUID.randomUUID()));
            Api.Answer resolved = Api.post("/incidents/" + incident + "/status", Keycloak.token("bistro-manager"),
                    Json.createObjectBuilder().add("to", "RESOLVED").build());
            assertEquals(200, resolved.status(), resolved.body());
            awaitDelivered(path, 2);
            quietFor(Duration.ofSeconds(6));
            List<Received> got = at(path);
            assertEquals(List.of("incident.logged", "case.resolved"), got.stream().map(Received::type).toList());
            String secret = endpoint.getString("secret");
            for (Received r : got) {
                assertEquals(incident, r.json().getJsonNumber("incidentId").longValue());
                assertEquals("sha256=" + hmac(secret, r.body()), r.signature());
            }
        } finally {
            deactivate(endpoint);
        }
    }

    @Test
    void anEndpointThatFailedThreeTimesGetsWhatItMissedInOrder() {
        String path = "/flaky-" + UUID.randomUUID();
        FAILURES_LEFT.put(path, new AtomicInteger(3));
        JsonObject endpoint = register(path, "initiative.moved");
        try {
            List<String> sent = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Api.Answer test = Api.post("/admin/webhooks/" + id(endpoint) + "/test", Keycloak.token(ADMIN),
                        JsonValue.EMPTY_JSON_OBJECT);
                assertEquals(202, test.status(), test.body());
                sent.add(test.json().getString("eventId"));
            }
            awaitDelivered(path, 3);
            // the receiver has the last request before the sender has written down its answer
            await(() -> deliveries(endpoint).stream().allMatch(d -> "DELIVERED".equals(d.asJsonObject().getString("status"))),
                    "every delivery at " + path + " written down as delivered");
            List<Received> got = at(path);
            assertEquals(sent, got.stream().filter(r -> r.answered() == 200).map(Received::eventId).toList(),
                    "the missed events arrive in the order they were sent");
            assertEquals(List.of(sent.get(0), sent.get(0), sent.get(0), sent.get(0), sent.get(1), sent.get(2)),
                    got.stream().map(Received::eventId).toList(), "nothing overtakes a delivery that fails");

            Map<String, JsonObject> log = deliveries(endpoint).stream().map(JsonValue::asJsonObject)
                    .collect(Collectors.toMap(d -> d.getString("eventId"), d -> d));
            JsonObject first = log.get(sent.get(0));
            assertEquals(List.of("DELIVERED", 4, 200, "HTTP 500"), List.of(first.getString("status"),
                    first.getInt("attempts"), first.getInt("lastStatusCode"), first.getString("lastError")), first.toString());
            assertEquals(1, log.get(sent.get(1)).getInt("attempts"));
            assertEquals(1, log.get(sent.get(2)).getInt("attempts"));
        } finally {
            deactivate(endpoint);
        }
    }

    @Test
    void aTestEventGoesToThatEndpointOnly() {
        String path = "/test-" + UUID.randomUUID();
        String bystander = "/bystander-" + UUID.randomUUID();
        JsonObject endpoint = register(path, "case.closed");
        JsonObject other = register(bystander, "case.closed", "case.reopened");
        try {
            Api.Answer test = Api.post("/admin/webhooks/" + id(endpoint) + "/test", Keycloak.token(ADMIN),
                    JsonValue.EMPTY_JSON_OBJECT);
            assertEquals(202, test.status(), test.body());
            awaitDelivered(path, 1);
            quietFor(Duration.ofSeconds(6));
            Received r = at(path).get(0);
            assertEquals("webhook.test", r.type());
            assertEquals(id(endpoint), r.json().getJsonObject("data").getJsonNumber("endpointId").longValue());
            assertEquals("sha256=" + hmac(endpoint.getString("secret"), r.body()), r.signature());
            assertEquals(test.json().getString("eventId"), r.eventId());
            assertEquals(String.valueOf(test.json().getJsonNumber("id").longValue()), r.deliveryId());
            assertTrue(at(bystander).isEmpty(), "another endpoint got the test event");
            assertEquals("DELIVERED", deliveries(endpoint).getJsonObject(0).getString("status"));
        } finally {
            deactivate(endpoint);
            deactivate(other);
        }
    }

    @Test
    void onlyHttpUrlsAndKnownEventsAreAccepted() {
        String admin = Keycloak.token(ADMIN);
        for (String url : List.of("ftp://127.0.0.1/hook", "javascript:alert(1)", "garbage", "http://", "file:///etc/passwd",
                "", "https://" + "a".repeat(2100) + ".example.com/")) {
            Api.Answer refused = Api.post("/admin/webhooks", admin, Json.createObjectBuilder().add("url", url)
                    .add("events", Json.createArrayBuilder().add("case.resolved")).build());
            assertEquals(400, refused.status(), url + ": " + refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
            assertEquals(List.of("url"), named(refused), url + ": " + refused.body());
        }
        Api.Answer unknown = Api.post("/admin/webhooks", admin, Json.createObjectBuilder()
                .add("url", "http://127.0.0.1:9/x").add("events", Json.createArrayBuilder().add("webhook.test")).build());
        assertEquals(List.of("events"), named(unknown), unknown.body());
        Api.Answer none = Api.post("/admin/webhooks", admin, Json.createObjectBuilder()
                .add("url", "http://127.0.0.1:9/x").add("events", Json.createArrayBuilder()).build());
        assertEquals(List.of("events"), named(none), none.body());
        Api.Answer shortSecret = Api.post("/admin/webhooks", admin, Json.createObjectBuilder()
                .add("url", "http://127.0.0.1:9/x").add("events", Json.createArrayBuilder().add("case.closed"))
                .add("secret", "too-short").build());
        assertEquals(List.of("secret"), named(shortSecret), shortSecret.body());
        Api.Answer manager = Api.post("/admin/webhooks", Keycloak.token("bistro-manager"), Json.createObjectBuilder()
                .add("url", "http://127.0.0.1:9/x").add("events", Json.createArrayBuilder().add("case.closed")).build());
        assertEquals(403, manager.status(), "only a tenant admin registers webhooks: " + manager.body());
    }

    @Test
    void anotherBusinessCannotSeeChangeOrTestTheEndpoint() {
        String path = "/private-" + UUID.randomUUID();
        JsonObject endpoint = register(path, "case.closed");
        String other = Keycloak.token(OTHER_ADMIN);
        String url = "/admin/webhooks/" + id(endpoint);
        try {
            assertEquals(404, Api.get(url, other).status());
            assertEquals(404, Api.get(url + "/deliveries", other).status());
            assertEquals(404, Api.post(url + "/test", other, JsonValue.EMPTY_JSON_OBJECT).status());
            assertEquals(404, Api.put(url, other, Json.createObjectBuilder().add("active", false)
                    .add("url", "http://127.0.0.1:9/hijacked").build()).status());
            assertEquals(404, Api.delete(url, other).status());
            Api.Answer list = Api.get("/admin/webhooks", other);
            assertEquals(200, list.status());
            assertFalse(list.body().contains(path), "another business lists the endpoint");
            JsonObject still = Api.get(url, Keycloak.token(ADMIN)).json();
            assertEquals(List.of(true, receiverUrl(path)), List.of(still.getBoolean("active"), still.getString("url")));
            assertFalse(still.containsKey("secret") && !still.isNull("secret"), "the secret is shown only once");
            assertTrue(at(path).isEmpty(), "another business sent a test event to the endpoint");
        } finally {
            deactivate(endpoint);
        }
    }

    @Test
    void anAdminAddsAnEndpointOnThePageAndSeesTheTestEventInTheLog() {
        String path = "/page-" + UUID.randomUUID();
        try (Browser browser = new Browser(1280, 1000)) {
            browser.signIn(ADMIN);
            browser.driver.get(Deployments.APP + "/index.xhtml");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("admin-webhooks"))).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("webhook:url"))).sendKeys("ftp://example.com/x");
            browser.driver.findElement(By.id("webhook:events:0")).click();
            browser.driver.findElement(By.id("webhook:add")).click();
            WebElement url = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("webhook:url")));
            assertEquals("ftp://example.com/x", url.getAttribute("value"), "the refused URL is kept for correcting");
            assertFalse(browser.driver.findElements(By.cssSelector("#webhook .ui-message-error")).isEmpty(),
                    "the refusal is shown next to the URL");
            assertTrue(browser.driver.findElement(By.id("webhook:events:0")).isSelected(), "the chosen events are kept");
            url.clear();
            url.sendKeys(receiverUrl(path));
            browser.driver.findElement(By.id("webhook:add")).click();
            String secret = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("created-secret"))).getText();
            assertTrue(secret.length() >= 24, secret);
            By test = By.xpath("//tr[.//span[@class='webhook-url' and text()='" + receiverUrl(path) + "']]//button[contains(@id, ':test')]");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(test)).click();
            awaitDelivered(path, 1);
            Received r = at(path).get(0);
            assertEquals("webhook.test", r.type());
            assertEquals("sha256=" + hmac(secret, r.body()), r.signature(), "signed with the secret the page showed");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("deliveries:refresh"))).click();
            assertEquals("1", browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#deliveries .delivery-attempts"))).getText(), "the log shows the delivery's one try");
        } finally {
            Api.get("/admin/webhooks", Keycloak.token(ADMIN)).jsonArray().stream().map(JsonValue::asJsonObject)
                    .filter(e -> e.getString("url").equals(receiverUrl(path))).forEach(e -> CREATED.add(id(e)));
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static JsonObject register(String path, String... events) {
        Api.Answer created = Api.post("/admin/webhooks", Keycloak.token(ADMIN), Json.createObjectBuilder()
                .add("url", receiverUrl(path)).add("events", Json.createArrayBuilder(List.of(events))).build());
        assertEquals(201, created.status(), created.body());
        CREATED.add(id(created.json()));
        return created.json();
    }

    private static void deactivate(JsonObject endpoint) {
        assertEquals(204, Api.delete("/admin/webhooks/" + id(endpoint), Keycloak.token(ADMIN)).status());
    }

    private static String receiverUrl(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    private static long id(JsonObject endpoint) {
        return endpoint.getJsonNumber("id").longValue();
    }

    private static JsonArray deliveries(JsonObject endpoint) {
        Api.Answer log = Api.get("/admin/webhooks/" + id(endpoint) + "/deliveries", Keycloak.token(ADMIN));
        assertEquals(200, log.status(), log.body());
        return log.jsonArray();
    }

    /**
     * An event in the business's outbox as a service writes it in its transaction; the application hands it over
     * on its next sweep. Lets this test choose the event types without depending on which services publish what.
     */
    private static String publish(long tenantId, String type) {
        String id = UUID.randomUUID().toString();
        String payload = Json.createObjectBuilder().add("id", id).add("type", type)
                .add("occurredAt", Instant.now().toString()).addNull("incidentId").addNull("locationId")
                .add("actor", "webhook-it").add("data", Json.createObjectBuilder().add("status", "TEST")).build().toString();
        Database.update("insert into outbox_event (tenant_id, event_id, type, actor, payload, occurred_at, "
                + "next_attempt_at, attempts) values (?, ?, ?, 'webhook-it', ?, utc_timestamp(6), "
                + "utc_timestamp(6) - interval 1 minute, 0)", tenantId, id, type, payload);
        return id;
    }

    private static List<Received> at(String path) {
        return RECEIVED.stream().filter(r -> r.path().equals(path)).toList();
    }

    private static void awaitDelivered(String path, int count) {
        await(() -> at(path).stream().filter(r -> r.answered() == 200).count() >= count,
                count + " deliveries at " + path + "; got " + at(path).stream()
                        .map(r -> r.type() + " " + r.answered()).toList());
    }

    private static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what);
            }
            sleep(Duration.ofMillis(200));
        }
    }

    private static void quietFor(Duration wait) {
        sleep(wait);
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> named(Api.Answer problem) {
        JsonObject json = problem.json();
        return json.containsKey("invalidParams") ? json.getJsonArray("invalidParams").stream()
                .map(p -> p.asJsonObject().getString("name")).sorted().toList() : List.of();
    }
}
