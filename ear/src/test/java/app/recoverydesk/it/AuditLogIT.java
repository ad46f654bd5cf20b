package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The car-rental agency's setup changes through the API each land in its audit log with who, what, and the value
 * before and after; only its admins and executives read it, no other business ever; and a row changed or removed by
 * SQL is found by the verify action and by scripts/verify-audit.sh at the same link.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditLogIT {

    private static final String ADMIN = "rental-admin";
    private static long tenantId;
    private static String hired;
    private static String webhookUrl;
    private static String webhookSecret;
    private static String changedSecret;
    private static long optionId;

    /** A series of changes by the admin, a manager, an executive and the platform's operator. */
    @BeforeAll
    static void theAgencyChangesItsSetup() {
        tenantId = DemoData.tenantId(DemoData.RENTAL);
        String admin = Keycloak.token(ADMIN);
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        JsonObject settings = Api.get("/admin/settings", admin).json();
        int target = settings.getInt("approvalTargetMinutes");
        boolean toManagers = settings.getBoolean("mailOverduePromiseToManagers");
        JsonObject changed = Json.createObjectBuilder(settings).add("approvalTargetMinutes", target + 7)
                .add("mailOverduePromiseToManagers", !toManagers).build();
        assertEquals(200, Api.put("/admin/settings", admin, changed).status());
        assertEquals(200, Api.put("/admin/settings", admin, settings).status(), "settings put back");

        Api.Answer option = Api.post("/recovery-options", Keycloak.token("rental-manager"), Json.createObjectBuilder()
                .add("name", "Audit taxi " + suffix).add("type", "REIMBURSEMENT").add("monetary", true)
                .add("perIncident", "40.00").add("roles", Json.createArrayBuilder().add("frontline")).build());
        assertEquals(201, option.status(), option.body());
        optionId = option.json().getJsonNumber("id").longValue();
        Api.Answer limits = Api.post("/recovery-options/" + optionId + "/policy", Keycloak.token("rental-manager"),
                Json.createObjectBuilder().add("perIncident", "55.00").add("roles", Json.createArrayBuilder()
                        .add("frontline").add("manager")).build());
        assertEquals(200, limits.status(), limits.body());
        Api.Answer ended = Api.post("/recovery-options/" + optionId + "/policy", Keycloak.token("rental-manager"),
                Json.createObjectBuilder().add("perIncident", "55.00").add("roles", Json.createArrayBuilder()
                        .add("frontline").add("manager")).add("activeTo", "2030-01-31").build());
        assertEquals(200, ended.status(), ended.body());

        hired = "audit-" + suffix;
        Api.Answer staff = Api.post("/admin/staff", admin, Json.createObjectBuilder().add("username", hired)
                .add("email", hired + "@example.com").add("firstName", "Audit").add("lastName", "Trail")
                .add("roles", Json.createArrayBuilder().add("frontline")).build());
        assertEquals(201, staff.status(), staff.body());
        String staffId = Api.get("/admin/staff", admin).jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("username").equals(hired)).findFirst().orElseThrow().getString("id");
        assertEquals(204, Api.post("/admin/staff/" + staffId + "/deactivate", admin, JsonValue.EMPTY_JSON_OBJECT).status());

        webhookUrl = "http://127.0.0.1:9/audit-" + suffix;
        Api.Answer webhook = Api.post("/admin/webhooks", admin, Json.createObjectBuilder().add("url", webhookUrl)
                .add("events", Json.createArrayBuilder().add("case.closed")).build());
        assertEquals(201, webhook.status(), webhook.body());
        webhookSecret = webhook.json().getString("secret");
        changedSecret = "rotated-" + UUID.randomUUID();
        Api.Answer moved = Api.put("/admin/webhooks/" + webhook.json().getJsonNumber("id").longValue(), admin,
                Json.createObjectBuilder().add("url", webhookUrl + "-moved").add("secret", changedSecret).build());
        assertEquals(200, moved.status(), moved.body());
        assertEquals(204, Api.delete("/admin/webhooks/" + webhook.json().getJsonNumber("id").longValue(), admin).status());

        var csv = Api.download("/reports/compliance/csv?table=summary", Keycloak.token("rental-executive"));
        assertEquals(200, csv.statusCode());

        String operator = Keycloak.token("operator");
        assertEquals(200, Api.post("/operator/tenants/" + tenantId + "/suspend", operator, JsonValue.EMPTY_JSON_OBJECT).status());
        assertEquals(200, Api.post("/operator/tenants/" + tenantId + "/reactivate", operator, JsonValue.EMPTY_JSON_OBJECT).status());
    }

    private static List<JsonObject> entries(String token, String query) {
        Api.Answer answer = Api.get("/audit?limit=500&" + query, token);
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getJsonArray("entries").stream().map(JsonValue::asJsonObject).toList();
    }

    private static JsonObject newest(String kind, String subject) {
        return entries(Keycloak.token(ADMIN), "kind=" + kind).stream().filter(e -> e.getString("subject").equals(subject))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " entry for " + subject));
    }

    private static String text(JsonObject entry, String field) {
        // JSON-B leaves out a null value
        return !entry.containsKey(field) || entry.isNull(field) ? null : entry.getString(field);
    }

    @Test
    void everyChangeIsRecordedWithItsActorAndItsOldAndNewValue() {
        List<JsonObject> targets = entries(Keycloak.token(ADMIN), "kind=settings.changed&person=" + ADMIN).stream()
                .filter(e -> e.getString("subject").equals("setting approvalTargetMinutes")).toList();
        assertTrue(targets.size() >= 2, "the change and its undoing: " + targets);
        // newest first: the undoing, then the change
        assertEquals(text(targets.get(0), "from"), text(targets.get(1), "to"));
        assertEquals(text(targets.get(0), "to"), text(targets.get(1), "from"));
        assertEquals(Integer.parseInt(text(targets.get(1), "from")) + 7, Integer.parseInt(text(targets.get(1), "to")));
        assertTrue(entries(Keycloak.token(ADMIN), "kind=settings.changed").stream()
                .anyMatch(e -> e.getString("subject").equals("setting mailOverduePromiseToManagers")));
        assertTrue(entries(Keycloak.token(ADMIN), "kind=settings.changed").stream()
                .noneMatch(e -> e.getString("subject").equals("setting currency")), "an unchanged setting was recorded");

        JsonObject created = newest("option.created", "recovery option " + optionId);
        assertEquals("rental-manager", created.getString("actor"));
        assertNull(text(created, "from"));
        assertTrue(created.getString("to").contains("per incident 40.00 PLN"), created.toString());
        JsonObject limits = newest("option.limits-changed", "recovery option " + optionId);
        assertTrue(limits.getString("from").contains("version 1") && limits.getString("from").contains("40.00 PLN"), limits.toString());
        assertTrue(limits.getString("to").contains("version 2") && limits.getString("to").contains("55.00 PLN")
                && limits.getString("to").contains("roles frontline, manager"), limits.toString());

        JsonObject staff = newest("staff.hired", "staff " + hired);
        assertEquals(ADMIN, staff.getString("actor"));
        assertTrue(staff.getString("to").contains("roles frontline"), staff.toString());
        JsonObject gone = newest("staff.deactivated", "staff " + hired);
        assertEquals(List.of("active", "deactivated"), List.of(gone.getString("from"), gone.getString("to")));

        JsonObject registered = entries(Keycloak.token(ADMIN), "kind=webhook.registered").stream()
                .filter(e -> e.getString("to").startsWith(webhookUrl)).findFirst().orElseThrow();
        assertTrue(registered.getString("to").contains("case.closed"), registered.toString());
        JsonObject changedHook = newest("webhook.changed", registered.getString("subject"));
        assertTrue(changedHook.getString("from").startsWith(webhookUrl + ";") && changedHook.getString("to")
                .startsWith(webhookUrl + "-moved") && changedHook.getString("to").endsWith("secret changed"), changedHook.toString());
        assertFalse(changedHook.toString().contains(changedSecret), "the audit log shows the new secret");
        JsonObject endedOption = newest("option.deactivated", "recovery option " + optionId);
        assertTrue(endedOption.getString("to").contains("2030-01-31"), endedOption.toString());
        JsonObject deactivated = newest("webhook.deactivated", registered.getString("subject"));
        assertTrue(deactivated.getString("from").endsWith("active") && deactivated.getString("to").endsWith("inactive"));
        assertFalse(Api.get("/audit?limit=500", Keycloak.token(ADMIN)).body().contains(webhookSecret),
                "the webhook's secret is in the audit log");

        JsonObject report = entries(Keycloak.token(ADMIN), "kind=report.exported&person=rental-executive").get(0);
        assertEquals("CSV summary", report.getString("to"));
        assertTrue(report.getString("subject").startsWith("compliance report "), report.toString());

        JsonObject suspended = newest("tenant.suspended", "business " + tenantId);
        assertEquals(List.of("operator", "ACTIVE", "SUSPENDED"), List.of(suspended.getString("actor"),
                suspended.getString("from"), suspended.getString("to")));
        JsonObject reactivated = newest("tenant.reactivated", "business " + tenantId);
        assertEquals(List.of("SUSPENDED", "ACTIVE"), List.of(reactivated.getString("from"), reactivated.getString("to")));

        // the kind's label in the caller's language, the kind filter only that kind
        String inPolish = getIn("/audit?kind=staff.hired&limit=5", Keycloak.token(ADMIN), "pl");
        assertTrue(inPolish.contains("\"kindLabel\":\"Dodano pracownika\""), inPolish);
        assertTrue(Json.createReader(new java.io.StringReader(inPolish)).readObject().getJsonArray("entries").stream()
                .allMatch(e -> e.asJsonObject().getString("kind").equals("staff.hired")), inPolish);
    }

    @Test
    void onlyTheBusinesssAdminsAndExecutivesReadItAndNoOtherBusinessEver() {
        String others = Api.get("/audit?limit=500", Keycloak.token("hotel-admin")).body();
        assertFalse(others.contains(hired) || others.contains(webhookUrl) || others.contains("business " + tenantId),
                "another business's admin sees the agency's audit log");
        assertTrue(Api.get("/audit?person=" + ADMIN, Keycloak.token("hotel-admin")).json().getJsonArray("entries").isEmpty());
        for (String user : List.of("rental-frontline", "rental-manager")) {
            assertEquals(403, Api.get("/audit", Keycloak.token(user)).status(), user);
            assertEquals(403, Api.get("/audit/verify", Keycloak.token(user)).status(), user);
            assertEquals(403, Api.get("/audit?format=csv", Keycloak.token(user)).status(), user);
        }
        assertEquals(200, Api.get("/audit", Keycloak.token("rental-executive")).status());
        assertEquals(200, Api.get("/audit/verify", Keycloak.token("rental-executive")).status());

        var csv = Api.download("/audit?format=csv&kind=staff.hired", Keycloak.token("rental-executive"));
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "no byte-order mark");
        assertTrue(text.contains("staff " + hired), text);
        JsonObject exported = entries(Keycloak.token(ADMIN), "kind=audit.exported&person=rental-executive").get(0);
        assertTrue(exported.getString("to").contains("kind staff.hired"), exported.toString());
    }

    @Test
    void aRowChangedOrRemovedBySqlIsFoundAtItsLinkByTheVerifyActionAndTheScript() throws Exception {
        String executive = Keycloak.token("rental-executive");
        JsonObject intact = Api.get("/audit/verify", executive).json();
        assertTrue(intact.getBoolean("intact"), intact.toString());
        assertTrue(intact.getJsonNumber("entries").longValue() >= 10, intact.toString());
        Script ok = verifyScript();
        assertEquals(0, ok.exit(), ok.output());
        assertTrue(ok.output().contains("intact, " + intact.getJsonNumber("entries").longValue() + " entries"), ok.output());

        List<Object> row = Database.query("select id, seq, to_value from audit_entry where tenant_id = ? and kind = ?"
                + " and subject = ?", tenantId, "staff.hired", "staff " + hired).get(0);
        long id = ((Number) row.get(0)).longValue();
        long seq = ((Number) row.get(1)).longValue();
        String to = (String) row.get(2);
        Database.update("update audit_entry set to_value = ? where id = ?", "roles tenant-admin", id);
        try {
            JsonObject changed = Api.get("/audit/verify", executive).json();
            assertEquals(List.of(false, seq, id, "CHANGED"), List.of(changed.getBoolean("intact"),
                    changed.getJsonNumber("brokenSeq").longValue(), changed.getJsonNumber("brokenId").longValue(),
                    changed.getString("problem")), changed.toString());
            Script script = verifyScript();
            assertEquals(1, script.exit(), script.output());
            assertTrue(script.output().contains("BROKEN at seq " + seq + " id " + id + " CHANGED"), script.output());
        } finally {
            Database.update("update audit_entry set to_value = ? where id = ?", to, id);
        }
        assertTrue(Api.get("/audit/verify", executive).json().getBoolean("intact"), "restored, the chain is whole again");

        List<Object> removed = Database.query("select id, tenant_id, seq, date_format(at, '%Y-%m-%d %H:%i:%s.%f'), actor,"
                + " kind, subject, from_value, to_value, prev_hash, hash from audit_entry where id = ?", id).get(0);
        long next = ((Number) Database.query("select min(seq) from audit_entry where tenant_id = ? and seq > ?",
                tenantId, seq).get(0).get(0)).longValue();
        long nextId = ((Number) Database.query("select id from audit_entry where tenant_id = ? and seq = ?", tenantId, next)
                .get(0).get(0)).longValue();
        Database.update("delete from audit_entry where id = ?", id);
        try {
            JsonObject gap = Api.get("/audit/verify", executive).json();
            assertEquals(List.of(false, next, nextId, "MISSING_BEFORE"), List.of(gap.getBoolean("intact"),
                    gap.getJsonNumber("brokenSeq").longValue(), gap.getJsonNumber("brokenId").longValue(),
                    gap.getString("problem")), gap.toString());
            Script script = verifyScript();
            assertEquals(1, script.exit(), script.output());
            assertTrue(script.output().contains("BROKEN at seq " + next + " id " + nextId + " MISSING_BEFORE"), script.output());
        } finally {
            Database.update("insert into audit_entry (id, tenant_id, seq, at, actor, kind, subject, from_value, to_value,"
                    + " prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", removed.toArray());
        }
        assertTrue(Api.get("/audit/verify", executive).json().getBoolean("intact"), "put back, the chain is whole again");
    }

    @Test
    void thePageShowsTheLogInTheUsersLanguageFiltersByKindAndDownloadsCsv() throws IOException {
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn("rental-manager");
            browser.driver.get(Deployments.APP + "/audit/log.xhtml");
            assertEquals("403", browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.id("error-title"))).getAttribute("data-status"), "the audit log page is open to managers");
        }
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn("rental-executive");
            browser.driver.get(Deployments.APP + "/");
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("audit-log"))).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("audit:entries")));
            new Select(browser.driver.findElement(By.id("audit:kind"))).selectByValue("staff.deactivated");
            browser.driver.findElement(By.id("audit:show")).click();
            browser.waiting().until(d -> {
                try {
                    List<String> kinds = d.findElements(By.cssSelector("td.audit-kind")).stream().map(td -> td.getText()).toList();
                    return !kinds.isEmpty() && kinds.stream().allMatch(k -> k.endsWith("Dezaktywowano pracownika"));
                } catch (org.openqa.selenium.StaleElementReferenceException e) {
                    return false;
                }
            });
            assertTrue(browser.driver.findElement(By.id("audit:entries")).getText().contains("staff " + hired),
                    browser.driver.findElement(By.id("audit:entries")).getText());
            assertTrue(browser.driver.findElement(By.id("audit:entries")).getText().contains("active → deactivated"));
            Path csv = browser.download(By.id("audit:csv"), ".csv");
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFF") && text.contains("Osoba") && text.contains("staff " + hired), text);
            assertFalse(text.contains("staff.hired"), "the download is not filtered like the table");
            browser.driver.findElement(By.id("audit:verify")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:messages"),
                    "Dziennik audytu jest"));
            String verdict = browser.driver.findElement(By.id("audit:messages")).getText();
            assertTrue(verdict.contains("nienaruszony"), verdict);
        }
    }

    record Script(int exit, String output) {
    }

    /** scripts/verify-audit.sh for the agency, against the test's database (the same server the relay reaches). */
    private static Script verifyScript() throws IOException, InterruptedException {
        URI db = URI.create(Database.URL.substring("jdbc:".length()));
        Map<String, String> env = new HashMap<>();
        env.put("DB_HOST", db.getHost());
        env.put("DB_PORT", String.valueOf(db.getPort()));
        env.put("APP_DB_NAME", db.getPath().substring(1));
        List<String> command = new ArrayList<>(List.of("bash", Servers.ROOT.resolve("scripts/verify-audit.sh").toString(),
                String.valueOf(tenantId)));
        ProcessBuilder builder = new ProcessBuilder(command).directory(Servers.ROOT.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the script did not finish: " + output);
        return new Script(process.exitValue(), output);
    }

    /** A GET in a language, as a client in Poland sends it. */
    private static String getIn(String path, String token, String language) {
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    URI.create(Deployments.APP + "/api/v1" + path)).header("Authorization", "Bearer " + token)
                    .header("Accept-Language", language).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
