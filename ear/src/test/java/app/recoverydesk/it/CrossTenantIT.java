package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Tries every endpoint of the API (as the OpenAPI document lists them) and every page that takes an id with
 * another tenant's ids, and requires a 404 and none of that tenant's data. New endpoints and pages are
 * enumerated, not listed here: one without a fixture below fails the test instead of being skipped.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossTenantIT {

    private static final String OWNER = "bistro-frontline";
    private static final String INTRUDER = "hotel-manager";
    private static final String INTRUDING_ADMIN = "hotel-admin";
    private static final Pattern PATH_PARAM = Pattern.compile("\\{(\\w+)}");

    private static String marker;
    private static long incidentId;
    private static long attachmentId;
    private static String staffUserId;
    private static long optionId;
    private static long recoveryId;
    private static long promiseId;
    private static long initiativeId;
    private static long itemId;
    private static long webhookId;
    private static long notificationId;
    private static long customerId;

    @BeforeAll
    static void theRestaurantHasACase() {
        marker = "secret" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        incidentId = Drafts.log(OWNER, Drafts.incident(OWNER, "Private matter " + marker)
                .add("customerName", "Guest " + marker).add("customerContact", marker + "@example.no")
                .add("customerConsent", true));
        Api.Answer file = Api.postBytes("/incidents/" + incidentId + "/attachments?name=" + marker + ".pdf",
                Keycloak.token(OWNER), "application/pdf", "%PDF-1.4\n".getBytes());
        assertEquals(201, file.status(), file.body());
        attachmentId = file.json().getJsonNumber("id").longValue();
        optionId = Api.get("/recovery-options", Keycloak.token(OWNER)).jsonArray().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getBoolean("monetary")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Api.Answer request = Api.post("/incidents/" + incidentId + "/recoveries", Keycloak.token(OWNER),
                Json.createObjectBuilder().add("optionId", optionId).add("amount", "99999")
                        .add("reason", "Because " + marker).build());
        assertEquals(201, request.status(), request.body());
        recoveryId = request.json().getJsonNumber("id").longValue();
        Api.Answer promise = Api.post("/incidents/" + incidentId + "/promises", Keycloak.token(OWNER), Json.createObjectBuilder()
                .add("what", "Call back " + marker).add("dueAt", java.time.Instant.now().plusSeconds(3600).toString()).build());
        assertEquals(201, promise.status(), promise.body());
        promiseId = promise.json().getJsonNumber("id").longValue();
        Api.Answer initiative = Api.post("/initiatives", Keycloak.token("bistro-manager"), Json.createObjectBuilder()
                .add("title", "Hot soup " + marker).add("problem", "Soup served cold").build());
        assertEquals(201, initiative.status(), initiative.body());
        initiativeId = initiative.json().getJsonNumber("id").longValue();
        itemId = Api.post("/initiatives/" + initiativeId + "/items", Keycloak.token("bistro-manager"), Json.createObjectBuilder()
                .add("kind", "SYSTEM_PROCESS").add("title", "Warm plates " + marker).add("dueDate", "2030-01-01").build())
                .json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Answer webhook = Api.post("/admin/webhooks", Keycloak.token("bistro-admin"), Json.createObjectBuilder()
                .add("url", "http://127.0.0.1:9/" + marker).add("events", Json.createArrayBuilder().add("case.closed")).build());
        assertEquals(201, webhook.status(), webhook.body());
        webhookId = webhook.json().getJsonNumber("id").longValue();
        // the managers' notice of the request follows its commit
        for (long deadline = System.currentTimeMillis() + 20_000; notificationId == 0
                && System.currentTimeMillis() < deadline; ) {
            List<List<Object>> notice = Database.query("select id from notification where recovery_id = ?", recoveryId);
            notificationId = notice.isEmpty() ? 0 : ((Number) notice.get(0).get(0)).longValue();
        }
        assertTrue(notificationId > 0, "no notice of the request");
        customerId = Api.get("/incidents/" + incidentId, Keycloak.token(OWNER)).json().getJsonObject("incident")
                .getJsonObject("customer").getJsonNumber("id").longValue();
        staffUserId = Api.get("/admin/staff", Keycloak.token("bistro-admin")).jsonArray().stream()
                .map(v -> v.asJsonObject()).filter(m -> m.getString("username").equals(OWNER))
                .findFirst().orElseThrow().getString("id");
    }

    /** Who tries: someone of the other tenant holding the role the area needs (the platform has no tenant). */
    private static String intruderFor(String path) {
        return path.startsWith("/api/v1/admin") || path.startsWith("/api/v1/audit") ? INTRUDING_ADMIN : INTRUDER;
    }

    /** The owner's ids, by path parameter name. */
    private static String idFor(String parameter, String path) {
        return switch (parameter) {
            case "id", "incidentId" -> String.valueOf(incidentId);
            case "attachmentId" -> String.valueOf(attachmentId);
            case "userId" -> staffUserId;
            case "locationId" -> String.valueOf(DemoData.firstLocationId(DemoData.BISTRO));
            case "optionId" -> String.valueOf(optionId);
            case "recoveryId" -> String.valueOf(recoveryId);
            case "promiseId" -> String.valueOf(promiseId);
            case "initiativeId" -> String.valueOf(initiativeId);
            case "itemId" -> String.valueOf(itemId);
            case "webhookId" -> String.valueOf(webhookId);
            case "notificationId" -> String.valueOf(notificationId);
            case "customerId" -> String.valueOf(customerId);
            case "day" -> "2026-11-01";
            case "job" -> "escalation";
            default -> throw new AssertionError("No cross-tenant fixture for {" + parameter + "} in " + path
                    + ": add the owner's id for it in CrossTenantIT.idFor");
        };
    }

    /**
     * Bodies for writes, each pointing at the owner's records where it can. Writes that name no record (the
     * tenant comes from the token) are tried by someone without the role.
     */
    private static final Map<String, Function<String, Api.Answer>> WRITES = Map.ofEntries(
            Map.entry("POST /api/v1/operator/tenants", url -> Api.post(url, Keycloak.token(INTRUDER),
                    Json.createObjectBuilder().add("name", "Planted " + marker).build())),
            Map.entry("POST /api/v1/operator/tenants/{id}/suspend", url -> Api.post(url, Keycloak.token(INTRUDER),
                    Json.createObjectBuilder().build())),
            Map.entry("POST /api/v1/operator/tenants/{id}/reactivate", url -> Api.post(url, Keycloak.token(INTRUDER),
                    Json.createObjectBuilder().build())),
            Map.entry("POST /api/v1/operator/jobs/{job}/run", url -> Api.post(url, Keycloak.token(INTRUDER),
                    Json.createObjectBuilder().build())),
            Map.entry("POST /api/v1/admin/locations", url -> Api.post(url, Keycloak.token("hotel-frontline"),
                    Json.createObjectBuilder().add("name", "Planted " + marker).build())),
            Map.entry("POST /api/v1/admin/staff", url -> Api.post(url, Keycloak.token("hotel-frontline"),
                    Json.createObjectBuilder().add("username", "planted").build())),
            Map.entry("POST /api/v1/admin/staff/{userId}/deactivate", url -> Api.post(url,
                    Keycloak.token(INTRUDING_ADMIN), Json.createObjectBuilder().build())),
            Map.entry("PUT /api/v1/admin/locations/{locationId}", url -> Api.put(url, Keycloak.token(INTRUDING_ADMIN),
                    Json.createObjectBuilder().add("name", "Planted " + marker).build())),
            Map.entry("POST /api/v1/admin/locations/{locationId}/deactivate", url -> Api.post(url,
                    Keycloak.token(INTRUDING_ADMIN), Json.createObjectBuilder().build())),
            Map.entry("POST /api/v1/admin/locations/{locationId}/reactivate", url -> Api.post(url,
                    Keycloak.token(INTRUDING_ADMIN), Json.createObjectBuilder().build())),
            Map.entry("PUT /api/v1/admin/staff/{userId}/roles", url -> Api.put(url, Keycloak.token(INTRUDING_ADMIN),
                    Json.createObjectBuilder().add("roles", Json.createArrayBuilder().add("tenant-admin")).build())),
            Map.entry("POST /api/v1/admin/staff/{userId}/reactivate", url -> Api.post(url,
                    Keycloak.token(INTRUDING_ADMIN), Json.createObjectBuilder().build())),
            Map.entry("PUT /api/v1/admin/staff/{userId}/locations", url -> Api.put(url,
                    Keycloak.token(INTRUDING_ADMIN), Json.createObjectBuilder().add("locationIds",
                            Json.createArrayBuilder()).build())),
            Map.entry("PUT /api/v1/admin/settings", url -> Api.put(url, Keycloak.token("hotel-frontline"),
                    Json.createObjectBuilder().add("businessType", "OTHER").add("currency", "USD").add("language", "en")
                            .add("timeZone", "UTC").add("restrictToLocations", true).build())),
            Map.entry("POST /api/v1/recovery-options", url -> Api.post(url, Keycloak.token("hotel-frontline"),
                    Json.createObjectBuilder().add("name", "Planted " + marker).add("type", "VOUCHER")
                            .add("roles", Json.createArrayBuilder().add("frontline")).build())),
            Map.entry("POST /api/v1/recovery-options/{optionId}/policy", url -> Api.post(url, Keycloak.token(INTRUDER),
                    Json.createObjectBuilder().add("perIncident", "1").add("roles", Json.createArrayBuilder().add("frontline")).build())),
            Map.entry("POST /api/v1/incidents/{incidentId}/recoveries", url -> Api.post(url, Keycloak.token(INTRUDER),
                    Json.createObjectBuilder().add("optionId", optionId).add("amount", "1").add("reason", "x").build())),
            Map.entry("POST /api/v1/approvals/{recoveryId}/decision", url -> Api.post(url, Keycloak.token(INTRUDER),
                    Json.createObjectBuilder().add("approve", true).build())),
            Map.entry("PUT /api/v1/approvals/{recoveryId}/assignee", url -> Api.put(url, Keycloak.token(INTRUDER),
                    Json.createObjectBuilder().add("assignee", INTRUDER).build())),
            Map.entry("POST /api/v1/incidents/{incidentId}/promises", url -> Api.post(url, Keycloak.token(INTRUDER),
                    Json.createObjectBuilder().add("what", "Planted").add("dueAt", "2030-01-01T00:00:00Z").build())),
            Map.entry("POST /api/v1/promises/{promiseId}/kept", url -> Api.post(url, Keycloak.token(INTRUDER),
                    Json.createObjectBuilder().build())),
            Map.entry("POST /api/v1/promises/{promiseId}/cancel", url -> Api.post(url, Keycloak.token(INTRUDER),
                    Json.createObjectBuilder().add("reason", "planted").build())),
            Map.entry("PUT /api/v1/promises/{promiseId}/owner", url -> Api.put(url, Keycloak.token(INTRUDER),
                    Json.createObjectBuilder().build())),
            Map.entry("POST /api/v1/initiatives", url -> Api.post(url, Keycloak.token("hotel-frontline"),
                    Json.createObjectBuilder().add("title", "Planted " + marker).add("problem", "x").build())),
            Map.entry("POST /api/v1/initiatives/{initiativeId}/items", url -> Api.post(url, Keycloak.token(INTRUDER),
                    Json.createObjectBuilder().add("kind", "POLICY").add("title", "Planted").add("dueDate", "2030-01-01").build())),
            Map.entry("POST /api/v1/initiatives/{initiativeId}/items/{itemId}/done", url -> Api.post(url,
                    Keycloak.token(INTRUDER), Json.createObjectBuilder().build())),
            Map.entry("POST /api/v1/initiatives/{initiativeId}/incidents", url -> Api.post(url, Keycloak.token(INTRUDER),
                    Json.createObjectBuilder().add("incidentIds", Json.createArrayBuilder().add(incidentId)).build())),
            Map.entry("POST /api/v1/initiatives/{initiativeId}/transition", url -> Api.post(url, Keycloak.token(INTRUDER),
                    Json.createObjectBuilder().add("to", "ABANDONED").add("reason", "planted").build())),
            Map.entry("POST /api/v1/incidents", url -> Api.post(url, Keycloak.token(INTRUDER),
                    Drafts.incident(INTRUDER, "Planted " + marker)
                            .add("locationId", DemoData.firstLocationId(DemoData.BISTRO)).build())),
            Map.entry("PUT /api/v1/incidents/{id}", url -> Api.put(url, Keycloak.token(INTRUDER),
                    Drafts.incident(INTRUDER, "Hijacked").add("version", 0).build())),
            Map.entry("POST /api/v1/incidents/{id}/status", url -> Api.post(url, Keycloak.token(INTRUDER),
                    Json.createObjectBuilder().add("to", "RESOLVED").build())),
            Map.entry("POST /api/v1/admin/webhooks", url -> Api.post(url, Keycloak.token("hotel-frontline"),
                    Json.createObjectBuilder().add("url", "http://127.0.0.1:9/planted")
                            .add("events", Json.createArrayBuilder().add("case.closed")).build())),
            Map.entry("PUT /api/v1/admin/webhooks/{webhookId}", url -> Api.put(url, Keycloak.token(INTRUDING_ADMIN),
                    Json.createObjectBuilder().add("url", "http://127.0.0.1:9/hijacked").add("active", false).build())),
            Map.entry("POST /api/v1/notifications/{notificationId}/read", url -> Api.post(url, Keycloak.token("hotel-manager"),
                    Json.createObjectBuilder().build())),
            Map.entry("POST /api/v1/notifications/read", url -> Api.post(url, Keycloak.token("operator"),
                    Json.createObjectBuilder().build())),
            Map.entry("DELETE /api/v1/admin/webhooks/{webhookId}", url -> Api.delete(url, Keycloak.token(INTRUDING_ADMIN))),
            Map.entry("POST /api/v1/admin/webhooks/{webhookId}/test", url -> Api.post(url, Keycloak.token(INTRUDING_ADMIN),
                    Json.createObjectBuilder().build())),
            Map.entry("POST /api/v1/customers/{customerId}/erase", url -> Api.post(url, Keycloak.token(INTRUDING_ADMIN),
                    Json.createObjectBuilder().add("confirm", "ERASE").build())),
            Map.entry("POST /api/v1/incidents/{incidentId}/attachments", url -> Api.postBytes(url,
                    Keycloak.token(INTRUDER), "application/pdf", "%PDF-1.4\n".getBytes())),
            Map.entry("PUT /api/v1/locations/{locationId}/volumes/{day}", url -> Api.put(url, Keycloak.token(INTRUDER),
                    Json.createObjectBuilder().add("units", CrossTenantIT.PLANTED_UNITS).build())),
            Map.entry("POST /api/v1/locations/{locationId}/volumes", url -> Api.postBytes(url, Keycloak.token(INTRUDER),
                    "text/csv", ("2026-11-02," + CrossTenantIT.PLANTED_UNITS + "\n").getBytes())));

    /** A day's volume no test records: any row with it was planted by the other tenant. */
    private static final long PLANTED_UNITS = 424_242;

    @Test
    void noEndpointGivesAnotherTenantsDataOrTouchesIt() {
        JsonObject paths = Api.get("/openapi?format=JSON", null).json().getJsonObject("paths");
        List<String> tried = new ArrayList<>();
        paths.forEach((template, operations) -> operations.asJsonObject().keySet().forEach(method -> {
            String verb = method.toUpperCase();
            String key = verb + " " + template;
            Matcher m = PATH_PARAM.matcher(template);
            String url = m.replaceAll(r -> idFor(r.group(1), template))
                    .substring("/api/v1".length());
            Api.Answer answer;
            if (verb.equals("GET")) {
                answer = url.contains("/attachments/") ? asAnswer(url)
                        : Api.get(url, Keycloak.token(intruderFor(template)));
            } else if (WRITES.containsKey(key)) {
                answer = WRITES.get(key).apply(url);
            } else {
                throw new AssertionError("No cross-tenant fixture for " + key + ": add a body to CrossTenantIT.WRITES");
            }
            boolean addressesOneRecord = PATH_PARAM.matcher(template).find();
            boolean platformOnly = template.startsWith("/api/v1/operator");
            if (platformOnly) {
                assertEquals(403, answer.status(), key + " let a tenant's user act as the platform operator");
            } else if (addressesOneRecord) {
                assertEquals(404, answer.status(), key + " answered another tenant with " + answer.status());
            } else if (verb.equals("GET")) {
                assertEquals(200, answer.status(), key + ": " + answer.body());
            } else {
                assertTrue(answer.status() >= 400, key + " accepted a write into another tenant: " + answer.body());
            }
            assertFalse(answer.body().contains(marker), key + " leaks the other tenant's data: " + answer.body());
            assertFalse(answer.body().contains("Bistro Nord"), key + " leaks the other tenant's locations");
            tried.add(key);
        }));
        assertTrue(tried.size() >= 15, "the OpenAPI document lists too few operations: " + tried);

        JsonObject still = Api.get("/incidents/" + incidentId, Keycloak.token(OWNER)).json().getJsonObject("incident");
        assertEquals("AWAITING_APPROVAL", still.getString("status"));
        assertEquals("OPEN", Api.get("/incidents/" + incidentId + "/promises", Keycloak.token(OWNER)).jsonArray()
                .getJsonObject(0).getString("status"));
        JsonObject plan = Api.get("/initiatives/" + initiativeId, Keycloak.token("bistro-manager")).json();
        assertEquals(List.of("PROPOSED", false), List.of(plan.getString("status"),
                plan.getJsonArray("items").getJsonObject(0).getBoolean("done")));
        assertEquals("PENDING", Api.get("/approvals/" + recoveryId, Keycloak.token(OWNER)).json().getString("status"));
        assertEquals(0, Database.count("select count(*) from recovery where id = ? and assignee is not null", recoveryId),
                "another tenant assigned the request");
        assertEquals(1, Api.get("/incidents/" + incidentId + "/attachments", Keycloak.token(OWNER)).jsonArray().size());
        assertEquals(0, Database.count("select count(*) from notification_read where notification_id = ?", notificationId),
                "another tenant marked the managers' notice read");
        assertEquals(0, Database.count("select count(*) from incident where what_happened like ?", "Planted%" + marker));
        assertEquals(0, Database.count("select count(*) from location where name like ?", "Planted%"));
        assertEquals(1, Database.count("select count(*) from location where id = ? and active",
                DemoData.firstLocationId(DemoData.BISTRO)), "another tenant took a location out of use");
        assertTrue(Api.get("/admin/staff", Keycloak.token("bistro-admin")).jsonArray().stream()
                .anyMatch(m -> m.asJsonObject().getString("id").equals(staffUserId)
                        && m.asJsonObject().getBoolean("enabled")), "another tenant deactivated a staff member");
        JsonObject webhook = Api.get("/admin/webhooks/" + webhookId, Keycloak.token("bistro-admin")).json();
        assertEquals(List.of(true, "http://127.0.0.1:9/" + marker), List.of(webhook.getBoolean("active"),
                webhook.getString("url")), "another tenant changed a webhook endpoint");
        assertEquals(0, Database.count("select count(*) from webhook_delivery where endpoint_id = ?", webhookId),
                "another tenant sent a test event to a webhook endpoint");
        assertEquals(1, Database.count("select count(*) from customer where id = ? and erased_at is null and name = ?",
                customerId, "Guest " + marker), "another tenant erased a customer");
        assertEquals(0, Database.count("select count(*) from location_volume where units = ?", PLANTED_UNITS),
                "another tenant recorded a location's volume");
        Api.delete("/admin/webhooks/" + webhookId, Keycloak.token("bistro-admin"));
    }

    private static Api.Answer asAnswer(String url) {
        var r = Api.download(url, Keycloak.token(INTRUDER));
        return new Api.Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), null,
                new String(r.body()));
    }

    @Test
    void noPageThatTakesAnIdShowsAnotherTenantsCase() throws IOException {
        Path webapp = Path.of(System.getProperty("recovery.webapp", "../web/src/main/webapp"));
        List<String> pages;
        try (Stream<Path> files = Files.walk(webapp)) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml") && !p.toString().contains("WEB-INF"))
                    .filter(CrossTenantIT::takesAnId)
                    .map(p -> "/" + webapp.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertTrue(pages.size() >= 2, "found too few pages with an id parameter: " + pages);
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(INTRUDER);
            for (String page : pages) {
                long id = page.startsWith("/initiatives/") ? initiativeId : incidentId;
                browser.driver.get(Deployments.APP + page + "?id=" + id);
                assertEquals("404", browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                        By.id("error-title"))).getAttribute("data-status"), page + " is not a 404 for another tenant");
                assertFalse(browser.driver.getPageSource().contains(marker), page + " leaks the other tenant's case");
            }
            // the report's pages take locations instead of an id: the owner's location gives an error, not its cases
            long ownersLocation = DemoData.firstLocationId(DemoData.BISTRO);
            browser.driver.get(Deployments.APP + "/reports/incidents.xhtml?figure=INCIDENTS&locations=" + ownersLocation);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ui-messages-error")));
            assertFalse(browser.driver.getPageSource().contains(marker), "the drill-down leaks the other tenant's cases");
            browser.driver.get(Deployments.APP + "/reports/incidents.xhtml?figure=INCIDENTS");
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("drill:incidents")));
            assertFalse(browser.driver.getPageSource().contains(marker), "the drill-down leaks the other tenant's cases");
            // the case page's own download of an attachment, outside the API
            browser.driver.get(Deployments.APP + attachmentPage());
            assertEquals("404", browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.id("error-title"))).getAttribute("data-status"), "another tenant's attachment is not a 404");
            assertFalse(browser.driver.getPageSource().contains("%PDF"), "another tenant's attachment was served");
        }
        try (Browser owner = new Browser(1280, 900)) {
            // the owner's own browser session gets the file (read outside the browser, which would show a viewer)
            owner.signIn(OWNER);
            String session = owner.driver.manage().getCookieNamed("JSESSIONID").getValue();
            java.net.http.HttpResponse<String> file = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(Deployments.APP + attachmentPage()))
                            .header("Cookie", "JSESSIONID=" + session).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, file.statusCode());
            assertTrue(file.body().startsWith("%PDF"), file.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String attachmentPage() {
        return "/incidents/attachments/" + incidentId + "/" + attachmentId;
    }

    private static boolean takesAnId(Path page) {
        try {
            return Files.readString(page).contains("<f:viewParam name=\"id\"");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
