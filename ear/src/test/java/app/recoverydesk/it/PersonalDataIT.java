package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A business answers a customer's request about their data: finds them, exports everything held about them (and
 * nothing of anyone else), erases it without a trace in any table while every report figure stays, and has old
 * customers anonymised by the retention job.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataIT {

    private static final String FRONTLINE = "bistro-frontline";
    private static final String MANAGER = "bistro-manager";
    private static final String ADMIN = "bistro-admin";
    private static final String EXECUTIVE = "bistro-executive";

    @Test
    void theExportHoldsEverythingOfTheCustomerAndTheErasureLeavesNoTraceWhileTheReportStaysTheSame() throws Exception {
        String m = token();
        String other = token();
        String hotel = token();
        JsonObject anna = customer("Anna " + m + "name", m + "@example.no");
        long first = Drafts.log(FRONTLINE, withCustomer(Drafts.incident(FRONTLINE, "Soup " + m + "whatone"), anna)
                .add("customerExpected", "Refund " + m + "expected").add("rootCauseNote", "Chef " + m + "note"));
        long second = Drafts.log(FRONTLINE, withCustomer(Drafts.incident(FRONTLINE, "Wine " + m + "whattwo"), anna));
        long third = Drafts.log(FRONTLINE, withCustomer(Drafts.incident(FRONTLINE, "Noise " + m + "whatthree"), anna));
        long customerId = customerOf(first);
        assertEquals(List.of(customerId, customerId), List.of(customerOf(second), customerOf(third)),
                "the three cases are one customer's");
        // an edit: the timeline keeps the old text
        int version = Api.get("/incidents/" + first, Keycloak.token(FRONTLINE)).json().getJsonObject("incident").getInt("version");
        Api.Answer revised = Api.put("/incidents/" + first, Keycloak.token(FRONTLINE), withCustomer(Drafts.incident(FRONTLINE,
                "Soup revised " + m + "whatrevised"), anna).add("customerExpected", "Refund " + m + "expected")
                .add("rootCauseNote", "Chef " + m + "note").add("version", version).build());
        assertEquals(200, revised.status(), revised.body());
        // promises: one kept, one cancelled with a reason
        long kept = promise(first, "Call Anna " + m + "promise");
        assertEquals(200, Api.post("/promises/" + kept + "/kept", Keycloak.token(FRONTLINE), JsonValue.EMPTY_JSON_OBJECT).status());
        long cancelled = promise(second, "Send voucher " + m + "promisetwo");
        Api.Answer cancel = Api.post("/promises/" + cancelled + "/cancel", Keycloak.token(MANAGER),
                Json.createObjectBuilder().add("reason", "Anna " + m + "broken").build());
        assertEquals(200, cancel.status(), cancel.body());
        // a recovery above the limit, with a note and a reason
        long optionId = Api.get("/recovery-options", Keycloak.token(FRONTLINE)).jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getBoolean("monetary")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Api.Answer recovery = Api.post("/incidents/" + second + "/recoveries", Keycloak.token(FRONTLINE), Json.createObjectBuilder()
                .add("optionId", optionId).add("amount", "99999").add("note", "Note " + m + "recoverynote")
                .add("reason", "Regular " + m + "reason").build());
        assertEquals(201, recovery.status(), recovery.body());
        // an attachment
        Api.Answer file = Api.postBytes("/incidents/" + third + "/attachments?name=" + m + "receipt.pdf",
                Keycloak.token(FRONTLINE), "application/pdf", "%PDF-1.4\n".getBytes());
        assertEquals(201, file.status(), file.body());
        // the customer's feedback with a comment, through their link
        Api.Answer resolved = Api.post("/incidents/" + first + "/status", Keycloak.token(FRONTLINE),
                Json.createObjectBuilder().add("to", "RESOLVED").build());
        assertEquals(200, resolved.status(), resolved.body());
        String link = resolved.json().getString("feedbackLink");
        try (Browser customer = new Browser(375, 740)) {
            customer.driver.get(link);
            customer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback:send")));
            customer.driver.findElement(By.cssSelector("input[name='feedback:solved'][value='true']")).click();
            customer.driver.findElement(By.cssSelector("input[name='feedback:satisfaction'][value='5']")).click();
            customer.driver.findElement(By.cssSelector("input[name='feedback:recommend'][value='9']")).click();
            customer.driver.findElement(By.id("feedback:comment")).sendKeys("Thanks " + m + "comment");
            customer.driver.findElement(By.id("feedback:send")).click();
            customer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback-thanks")));
        }
        // someone else of the same business, and someone of another business, with much the same
        long bobsCase = Drafts.log(FRONTLINE, withCustomer(Drafts.incident(FRONTLINE, "Soup " + other + "whatone"),
                customer("Anna " + other + "name", other + "@example.no")).add("customerExpected", "Refund " + other));
        Drafts.log("hotel-frontline", withCustomer(Drafts.incident("hotel-frontline", "Soup " + hotel + "whatone"),
                customer("Anna " + hotel + "name", hotel + "@example.no")));

        // find: by a part of the name, in another case
        JsonArray found = Api.get("/customers?q=" + (m + "NAME").toUpperCase(), Keycloak.token(MANAGER)).jsonArray();
        assertEquals(1, found.size(), found.toString());
        assertEquals(customerId, found.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(Set.of(first, second, third), ids(found.getJsonObject(0).getJsonArray("cases")));
        assertEquals(1, Api.get("/customers?q=" + m + "@example", Keycloak.token(ADMIN)).jsonArray().size());
        assertEquals(0, Api.get("/customers?q=" + m, Keycloak.token("hotel-admin")).jsonArray().size(),
                "another business finds the customer");

        // export: every case with its timeline, recoveries, promises, feedback and attachments; nobody else's
        Api.Answer exported = Api.get("/customers/" + customerId + "/export", Keycloak.token(ADMIN));
        assertEquals(200, exported.status(), exported.body());
        JsonObject export = exported.json();
        assertEquals("Anna " + m + "name", export.getJsonObject("customer").getString("name"));
        JsonArray cases = export.getJsonArray("cases");
        assertEquals(Set.of(first, second, third), ids(cases));
        JsonObject one = byId(cases, first);
        assertEquals(Set.of(kept), ids(one.getJsonArray("promises")));
        assertEquals(Set.of(cancelled), ids(byId(cases, second).getJsonArray("promises")));
        assertEquals("Thanks " + m + "comment", one.getJsonArray("feedback").getJsonObject(0).getString("comment"));
        assertEquals("Regular " + m + "reason", byId(cases, second).getJsonArray("recoveries").getJsonObject(0).getString("reason"));
        assertEquals(m + "receipt.pdf", byId(cases, third).getJsonArray("attachments").getJsonObject(0).getString("fileName"));
        assertTrue(one.getJsonArray("timeline").toString().contains("Soup " + m + "whatone"), "the edit's old text is missing");
        assertFalse(exported.body().contains(other), "the export holds another customer's data");
        assertFalse(exported.body().contains(hotel), "the export holds another business's data");
        // as an id, not as digits inside another number (a longer id, an amount)
        assertFalse(java.util.regex.Pattern.compile("\"(id|incidentId)\":\\s*" + bobsCase + "(?!\\d)")
                .matcher(exported.body()).find(), "the export lists another customer's case");
        var pdf = Api.download("/customers/" + customerId + "/export.pdf", Keycloak.token(MANAGER));
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        String pdfText = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertTrue(pdfText.contains("Personopplysninger lagret om en kunde"), "not in the business's language: " + pdfText);
        assertTrue(pdfText.contains("Anna " + m + "name"), pdfText);
        long tenantId = DemoData.tenantId(DemoData.BISTRO);
        assertEquals(2, Database.count("select count(*) from audit_entry where tenant_id = ? and kind = 'customer.exported' "
                + "and subject = ?", tenantId, "customer " + customerId));

        // who may not erase, and a missing confirmation, change nothing
        String report = Api.get("/reports/compliance", Keycloak.token(EXECUTIVE)).body();
        assertEquals(1, Api.get("/incidents?q=" + m + "whattwo", Keycloak.token(MANAGER)).json().getJsonNumber("total").longValue());
        JsonObject confirm = Json.createObjectBuilder().add("confirm", "ERASE").build();
        for (String path : List.of("/customers?q=" + m, "/customers/" + customerId + "/export",
                "/customers/" + customerId + "/export.pdf")) {
            assertEquals(403, Api.get(path, Keycloak.token(FRONTLINE)).status(), path);
        }
        assertEquals(403, Api.post("/customers/" + customerId + "/erase", Keycloak.token(FRONTLINE), confirm).status());
        assertEquals(404, Api.post("/customers/" + customerId + "/erase", Keycloak.token("hotel-admin"), confirm).status());
        assertEquals(404, Api.get("/customers/" + customerId + "/export", Keycloak.token("hotel-manager")).status());
        Api.Answer unconfirmed = Api.post("/customers/" + customerId + "/erase", Keycloak.token(ADMIN),
                Json.createObjectBuilder().add("confirm", "yes").build());
        assertEquals(400, unconfirmed.status(), unconfirmed.body());
        assertTrue(unconfirmed.body().contains("\"confirm\""), unconfirmed.body());
        assertFalse(traces(m).isEmpty(), "the search for traces finds nothing even before the erasure");

        Api.Answer erased = Api.post("/customers/" + customerId + "/erase", Keycloak.token(ADMIN), confirm);
        assertEquals(200, erased.status(), erased.body());
        assertEquals(3, erased.json().getInt("casesKept"));

        assertEquals(List.of(), traces(m), "the customer's data is still stored");
        assertEquals(0, Database.count("select count(*) from incident_attachment where incident_id = ?", third));
        assertEquals(0, Database.count("select count(*) from incident_word where incident_id in (?, ?, ?)", first, second, third));
        assertEquals(3, Database.count("select count(*) from incident where customer_id = ? and what_happened = '[erased]'",
                customerId), "the cases stay, without their texts");
        assertEquals(1, Database.count("select count(*) from incident where id = ? and customer_expected like ?", bobsCase,
                "%" + other + "%"), "another customer's case was touched");
        assertEquals(report, Api.get("/reports/compliance", Keycloak.token(EXECUTIVE)).body(), "a report figure changed");
        assertEquals(0, Api.get("/incidents?q=" + m + "whattwo", Keycloak.token(MANAGER)).json().getJsonNumber("total").longValue());
        assertEquals(0, Api.get("/customers?q=" + m, Keycloak.token(MANAGER)).jsonArray().size());
        assertEquals(404, Api.get("/customers/" + customerId + "/export", Keycloak.token(ADMIN)).status());
        assertEquals(404, Api.post("/customers/" + customerId + "/erase", Keycloak.token(ADMIN), confirm).status());
        List<List<Object>> audit = Database.query("select actor, from_value, to_value from audit_entry where tenant_id = ? "
                + "and kind = 'customer.erased' and subject = ?", tenantId, "customer " + customerId);
        assertEquals(1, audit.size(), "the erasure is not in the audit log");
        assertEquals(java.util.Arrays.asList(ADMIN, null, null), audit.get(0));
    }

    @Test
    void aPhoneNumberIsFoundHoweverItIsTyped() {
        String digits = String.valueOf(10_000_000 + (long) (Math.random() * 89_999_999));
        String spaced = digits.substring(0, 3) + " " + digits.substring(3, 5) + " " + digits.substring(5);
        long incident = Drafts.log(FRONTLINE, withCustomer(Drafts.incident(FRONTLINE, "Phone " + token()),
                customer("Per " + token(), "+47 " + spaced)));
        long customerId = customerOf(incident);
        for (String typed : List.of(digits, "+47" + digits, "+47 " + digits.substring(0, 2) + " " + digits.substring(2),
                digits.substring(2))) {
            JsonArray found = Api.get("/customers?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8),
                    Keycloak.token(MANAGER)).jsonArray();
            assertTrue(found.stream().anyMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == customerId),
                    typed + " did not find " + spaced + ": " + found);
        }
        Api.Answer tooLong = Api.get("/customers?q=" + "x".repeat(201), Keycloak.token(MANAGER));
        assertEquals(400, tooLong.status(), tooLong.body());
    }

    @Test
    void theRetentionJobAnonymisesACustomerWhoseCaseClosedLongAgoAndLeavesARecentOne() throws Exception {
        assertEquals(24, Api.get("/admin/settings", Keycloak.token(ADMIN)).json().getInt("retentionMonths"));
        Api.Answer tooShort = Api.put("/admin/settings", Keycloak.token(ADMIN), Json.createObjectBuilder(
                Api.get("/admin/settings", Keycloak.token(ADMIN)).json()).add("retentionMonths", 3).build());
        assertEquals(400, tooShort.status(), tooShort.body());
        assertTrue(tooShort.body().contains("\"retentionMonths\""), tooShort.body());
        assertEquals(24, Api.get("/admin/settings", Keycloak.token(ADMIN)).json().getInt("retentionMonths"));

        String old = token();
        String recent = token();
        long oldCase = Drafts.log(FRONTLINE, withCustomer(Drafts.incident(FRONTLINE, "Old " + old), customer("Olga " + old,
                old + "@example.no")));
        long recentCase = Drafts.log(FRONTLINE, withCustomer(Drafts.incident(FRONTLINE, "Recent " + recent),
                customer("Rita " + recent, recent + "@example.no")));
        for (long id : List.of(oldCase, recentCase)) {
            assertEquals(200, Api.post("/incidents/" + id + "/status", Keycloak.token(FRONTLINE),
                    Json.createObjectBuilder().add("to", "RESOLVED").build()).status());
        }
        long oldCustomer = customerOf(oldCase);
        long recentCustomer = customerOf(recentCase);
        Timestamp start = Timestamp.from(Instant.now().minusSeconds(1));
        // closed 25 months ago, past the 24 months the business keeps customers' data
        Database.update("update incident set status = 'CLOSED', resolved_at = utc_timestamp(6) - interval 25 month, "
                + "occurred_at = utc_timestamp(6) - interval 26 month where id = ?", oldCase);
        Database.recountIncidents(DemoData.tenantId(DemoData.BISTRO));

        long deadline = System.currentTimeMillis() + 60_000;
        while (Database.count("select count(*) from customer where id = ? and erased_at is not null", oldCustomer) == 0
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(1, Database.count("select count(*) from customer where id = ? and erased_at is not null "
                + "and name is null and contact is null", oldCustomer), "the old customer was not anonymised");
        assertEquals(List.of(), traces(old), "the old customer's data is still stored");
        assertEquals(1, Database.count("select count(*) from customer where id = ? and erased_at is null and name = ?",
                recentCustomer, "Rita " + recent), "the recent customer was anonymised");
        assertEquals(1, Database.count("select count(*) from incident where id = ? and what_happened = ?", recentCase,
                "Recent " + recent));
        long tenantId = DemoData.tenantId(DemoData.BISTRO);
        assertEquals(1, Database.count("select count(*) from audit_entry where tenant_id = ? and kind = 'customer.anonymised' "
                + "and subject = ? and actor = 'system'", tenantId, "customer " + oldCustomer));
        deadline = System.currentTimeMillis() + 30_000;
        while (Database.count("select count(*) from retention_run where tenant_id = ? and finished_at >= ? "
                + "and customers_anonymised >= 1", tenantId, start) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        assertTrue(Database.count("select count(*) from retention_run where tenant_id = ? and finished_at >= ? "
                + "and customers_anonymised >= 1 and retention_months = 24", tenantId, start) >= 1, "the run is not logged");

        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(ADMIN);
            browser.driver.get(Deployments.APP + "/admin/settings.xhtml");
            String run = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("retention-run"))).getText();
            assertTrue(run.contains("anonymisert"), "the settings page does not show the last run: " + run);
            assertEquals("24", browser.driver.findElement(By.id("settings:retentionMonths")).getAttribute("value"));
        }
    }

    @Test
    void thePageFindsACustomerAndErasesThemOnlyAfterTheDialogSaysWhatHappens() {
        String m = token();
        long incident = Drafts.log(FRONTLINE, withCustomer(Drafts.incident(FRONTLINE, "Page " + m), customer("Paula " + m,
                m + "@example.no")));
        long customerId = customerOf(incident);
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(MANAGER);
            browser.driver.get(Deployments.APP + "/customers/search.xhtml");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("search:q"))).sendKeys(m);
            browser.driver.findElement(By.id("search:find")).click();
            var card = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("customer-" + customerId)));
            assertTrue(card.getText().contains("Paula " + m), card.getText());
            assertTrue(card.getText().contains(String.valueOf(incident)), card.getText());
            card.findElement(By.cssSelector("button[id$=':erase']")).click();
            var dialog = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
            assertTrue(dialog.getText().contains("kan ikke angres"), "the dialog does not say it is irreversible: " + dialog.getText());
            assertEquals(1, Database.count("select count(*) from customer where id = ? and erased_at is null", customerId),
                    "erased before the dialog was answered");
            dialog.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "personopplysninger er slettet"));
            assertTrue(browser.driver.findElements(By.id("customer-" + customerId)).isEmpty(), "the erased customer is still listed");
        }
        assertEquals(List.of(), traces(m));
        assertEquals(1, Database.count("select count(*) from audit_entry where kind = 'customer.erased' and subject = ? "
                + "and actor = ?", "customer " + customerId, MANAGER));
    }

    @Test
    void frontlineStaffCannotOpenThePage() {
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(FRONTLINE);
            for (String page : List.of("/customers/search.xhtml", "/customers/export?id=1&format=json")) {
                browser.driver.get(Deployments.APP + page);
                assertEquals("403", browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                        By.id("error-title"))).getAttribute("data-status"), page + " is open to frontline staff");
            }
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** Every text column of the schema that holds {@code marker}, as "table.column". */
    private static List<String> traces(String marker) {
        List<String> found = new ArrayList<>();
        for (List<Object> c : Database.query("select table_name, column_name from information_schema.columns "
                + "where table_schema = database() and data_type in ('char', 'varchar', 'tinytext', 'text', 'mediumtext', "
                + "'longtext') order by table_name, column_name")) {
            String table = String.valueOf(c.get(0));
            String column = String.valueOf(c.get(1));
            if (table.startsWith("flyway")) {
                continue;
            }
            if (Database.count("select count(*) from `" + table + "` where `" + column + "` like ?", "%" + marker + "%") > 0) {
                found.add(table + "." + column);
            }
        }
        return found;
    }

    private static String token() {
        return "pd" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static JsonObject customer(String name, String contact) {
        return Json.createObjectBuilder().add("customerName", name).add("customerContact", contact)
                .add("customerConsent", true).build();
    }

    private static JsonObjectBuilder withCustomer(JsonObjectBuilder draft, JsonObject customer) {
        customer.forEach(draft::add);
        return draft;
    }

    private static long customerOf(long incident) {
        return Api.get("/incidents/" + incident, Keycloak.token(MANAGER)).json().getJsonObject("incident")
                .getJsonObject("customer").getJsonNumber("id").longValue();
    }

    private static long promise(long incident, String what) {
        Api.Answer made = Api.post("/incidents/" + incident + "/promises", Keycloak.token(FRONTLINE), Json.createObjectBuilder()
                .add("what", what).add("dueAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()).build());
        assertEquals(201, made.status(), made.body());
        return made.json().getJsonNumber("id").longValue();
    }

    private static Set<Long> ids(JsonArray array) {
        return array.stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }

    private static JsonObject byId(JsonArray array, long id) {
        JsonObject found = array.stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getJsonNumber("id").longValue() == id).findFirst().orElse(null);
        assertNotNull(found, "no " + id + " in " + array);
        return found;
    }
}
