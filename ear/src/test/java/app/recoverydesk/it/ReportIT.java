package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The compliance report over the API: every total against a straight SQL count of the same tenant and days, the
 * drill-downs, a recovery over its limit that slipped past approval, managers limited to their locations, and
 * the CSV and PDF files.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportIT {

    static final String FRONTLINE = "bistro-frontline";
    static final String MANAGER = "bistro-manager";
    static final String EXECUTIVE = "bistro-executive";
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    static String marker;
    static long bistro;
    static long employeeCase;
    static long processCase;
    static long thirdCase;
    static long overLimitRecovery;

    /**
     * Three cases of one customer; a recovery within policy, an exception approved and one rejected, a promise kept
     * and one broken, two feedback answers — and one recovery written over its limit without approval, as an
     * import or a bug would leave it.
     */
    @BeforeAll
    static void aMonthAtBistroNord() {
        ReportIT.seed();
    }

    static void seed() {
        if (marker != null) {
            return;
        }
        marker = "report" + UUID.randomUUID().toString().substring(0, 8);
        bistro = DemoData.tenantId(DemoData.BISTRO);
        String contact = marker + "@example.no";
        employeeCase = Drafts.log(FRONTLINE, Drafts.incident(FRONTLINE, "Rude waiter " + marker).add("rootCause", "EMPLOYEE")
                .add("customerName", "Repeat " + marker).add("customerContact", contact).add("customerConsent", true));
        processCase = Drafts.log(FRONTLINE, Drafts.incident(FRONTLINE, "Cold soup " + marker)
                .add("customerName", "Repeat " + marker).add("customerContact", contact).add("customerConsent", true));
        thirdCase = Drafts.log(FRONTLINE, Drafts.incident(FRONTLINE, "Late table " + marker));
        // one case of the period before, which the report compares with
        Drafts.log(FRONTLINE, Drafts.incident(FRONTLINE, "Last month " + marker).add("rootCause", "CUSTOMER_EXPECTATION")
                .add("occurredAt", Instant.now().minus(java.time.Duration.ofDays(40)).toString()));

        JsonObject option = Api.get("/recovery-options", Keycloak.token(FRONTLINE)).jsonArray().stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getBoolean("monetary") && !o.get("policy").getValueType().equals(jakarta.json.JsonValue.ValueType.NULL)
                        && o.getJsonObject("policy").containsKey("perIncident") && o.getJsonObject("policy").getJsonArray("roles")
                        .getValuesAs(jakarta.json.JsonString::getString).contains("frontline")
                        && activeToday(o.getJsonObject("policy")))
                .findFirst().orElseThrow();
        long optionId = option.getJsonNumber("id").longValue();
        BigDecimal limit = new BigDecimal(option.getJsonObject("policy").getJsonObject("perIncident").getString("amount"));
        long within = grant(employeeCase, optionId, "1", null);
        long approved = grant(employeeCase, optionId, limit.add(BigDecimal.TEN).toPlainString(), "Birthday dinner ruined");
        long rejected = grant(processCase, optionId, limit.add(BigDecimal.ONE).toPlainString(), "Asked for more");
        assertEquals(200, Api.post("/approvals/" + approved + "/decision", Keycloak.token(MANAGER),
                Json.createObjectBuilder().add("approve", true).build()).status());
        assertEquals(200, Api.post("/approvals/" + rejected + "/decision", Keycloak.token(MANAGER),
                Json.createObjectBuilder().add("approve", false).add("reason", "Within policy is enough").build()).status());
        // a recovery above the limit without anyone's approval: copied from the one granted within policy
        Database.update("insert into recovery (tenant_id, incident_id, option_id, policy_id, location_id, amount_minor, currency,"
                + " status, requested_by, requested_at, version) select tenant_id, ?, option_id, policy_id, location_id, 99999900,"
                + " currency, 'GRANTED', 'imported', requested_at, 0 from recovery where id = ?", thirdCase, within);
        overLimitRecovery = Database.count("select max(id) from recovery where incident_id = ?", thirdCase);

        long kept = promise(processCase, "Call back " + marker, FRONTLINE);
        long broken = promise(thirdCase, "Send voucher " + marker, null);
        assertEquals(200, Api.post("/promises/" + kept + "/kept", Keycloak.token(FRONTLINE), Json.createObjectBuilder().build()).status());
        assertEquals(200, Api.post("/promises/" + broken + "/cancel", Keycloak.token(FRONTLINE),
                Json.createObjectBuilder().add("reason", "Forgot").build()).status());
        Database.update("insert into feedback (tenant_id, incident_id, solved, satisfaction, recommend, created_at)"
                + " values (?, ?, true, 5, 10, utc_timestamp(6)), (?, ?, false, 2, 3, utc_timestamp(6))",
                bistro, employeeCase, bistro, processCase);
        Database.recountIncidents(bistro);
    }

    private static long grant(long incident, long option, String amount, String reason) {
        var body = Json.createObjectBuilder().add("optionId", option).add("amount", amount);
        if (reason != null) {
            body.add("reason", reason);
        }
        Api.Answer answer = Api.post("/incidents/" + incident + "/recoveries", Keycloak.token(FRONTLINE), body.build());
        assertEquals(201, answer.status(), answer.body());
        return answer.json().getJsonNumber("id").longValue();
    }

    private static long promise(long incident, String what, String owner) {
        var body = Json.createObjectBuilder().add("what", what).add("dueAt", dueSoon().toString());
        if (owner != null) {
            body.add("owner", owner);
        }
        Api.Answer answer = Api.post("/incidents/" + incident + "/promises", Keycloak.token(FRONTLINE), body.build());
        assertEquals(201, answer.status(), answer.body());
        return answer.json().getJsonNumber("id").longValue();
    }

    /**
     * Within the hour and still today in Oslo, where the report's period ends: from 23:00 there, an hour ahead fell
     * outside it and the promises were missing from the report.
     */
    private static Instant dueSoon() {
        Instant now = Instant.now();
        Instant midnight = today().plusDays(1).atStartOfDay(OSLO).toInstant();
        Instant inAnHour = now.plusSeconds(3600);
        return inAnHour.isBefore(midnight) ? inAnHour : now.plus(java.time.Duration.between(now, midnight).dividedBy(2));
    }

    static LocalDate today() {
        return LocalDate.now(OSLO);
    }

    static String period() {
        return "from=" + today().minusDays(29) + "&to=" + today();
    }

    static LocalDateTime utcStart() {
        return utc(today().minusDays(29));
    }

    static LocalDateTime utcEnd() {
        return utc(today().plusDays(1));
    }

    /** The period's bounds as the database stores times (UTC). */
    private static LocalDateTime utc(LocalDate day) {
        return LocalDateTime.ofInstant(day.atStartOfDay(OSLO).toInstant(), ZoneOffset.UTC);
    }

    private static long sql(String sql) {
        return Database.count(sql.replace("{period}", "tenant_id = ? and {t} >= ? and {t} < ?"),
                bistro, utc(today().minusDays(29)), utc(today().plusDays(1)));
    }

    private static long sql(String time, String sql) {
        return sql(sql.replace("{period}", "tenant_id = ? and {t} >= ? and {t} < ?").replace("{t}", time));
    }

    /** Other tests add options of their own to the shared catalogue, some of them only for other days. */
    private static boolean activeToday(JsonObject policy) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        return (!policy.containsKey("activeFrom") || policy.isNull("activeFrom")
                        || !java.time.LocalDate.parse(policy.getString("activeFrom")).isAfter(today))
                && (!policy.containsKey("activeTo") || policy.isNull("activeTo")
                        || !java.time.LocalDate.parse(policy.getString("activeTo")).isBefore(today));
    }

    @Test
    void everyTotalMatchesAStraightCountOfTheSameDays() {
        JsonObject report = Api.get("/reports/compliance?" + period(), Keycloak.token(EXECUTIVE)).json();
        JsonObject c = report.getJsonObject("current");
        JsonObject incidents = c.getJsonObject("incidents");
        assertEquals(sql("occurred_at", "select count(*) from incident where {period}"), incidents.getJsonNumber("count").longValue());
        for (String cause : List.of("EMPLOYEE", "PROCESS", "PRODUCT", "CUSTOMER_EXPECTATION")) {
            assertEquals(sql("occurred_at", "select count(*) from incident where {period} and root_cause = '" + cause + "'"),
                    incidents.getJsonObject("byRootCause").getJsonNumber(cause).longValue(), cause);
        }
        assertEquals(sql("occurred_at", "select count(*) from (select customer_id from incident where {period}"
                + " and customer_id is not null group by customer_id having count(*) > 1) r"),
                incidents.getJsonNumber("repeatCustomers").longValue());
        assertEquals(sql("occurred_at", "select count(*) from incident where {period} and resolved_at is null"),
                incidents.getJsonNumber("unresolved").longValue());

        JsonObject recoveries = c.getJsonObject("recoveries");
        assertEquals(sql("requested_at", "select count(*) from recovery where {period} and status = 'GRANTED'"),
                recoveries.getJsonNumber("withinPolicy").longValue());
        for (String status : List.of("APPROVED", "REJECTED", "PENDING")) {
            assertEquals(sql("requested_at", "select count(*) from recovery where {period} and status = '" + status + "'"),
                    recoveries.getJsonNumber(status.toLowerCase()).longValue(), status);
        }
        assertEquals(sql("r.requested_at", "select count(*) from recovery r join recovery_policy p on p.id = r.policy_id"
                + " where r.{period} and r.status = 'GRANTED' and (r.exceeded is not null or r.amount_minor > p.per_incident_minor)"),
                recoveries.getJsonNumber("overLimitWithoutApproval").longValue());
        assertTrue(recoveries.getJsonNumber("overLimitWithoutApproval").longValue() >= 1);
        assertEquals(sql("requested_at", "select coalesce(sum(coalesce(approved_minor, amount_minor, 0)), 0) from recovery"
                        + " where {period} and status in ('GRANTED', 'APPROVED')"),
                new BigDecimal(recoveries.getJsonArray("value").getJsonObject(0).getString("amount")).movePointRight(2).longValueExact());

        JsonObject promises = c.getJsonObject("promises");
        for (String status : List.of("KEPT", "LATE", "BROKEN", "OPEN")) {
            assertEquals(sql("due_at", "select count(*) from promise where {period} and status = '" + status + "'"),
                    promises.getJsonNumber(status.toLowerCase()).longValue(), status);
        }
        JsonObject feedback = c.getJsonObject("feedback");
        assertEquals(sql("f.created_at", "select count(*) from feedback f where f.{period}"), feedback.getJsonNumber("answers").longValue());
        assertEquals(sql("f.created_at", "select count(*) from feedback f where f.{period} and f.satisfaction >= 4"),
                feedback.getJsonNumber("satisfied").longValue());
        assertEquals(sql("f.created_at", "select count(*) from feedback f where f.{period} and f.recommend <= 6"),
                feedback.getJsonNumber("detractors").longValue());
        assertEquals(sql("requested_at", "select count(*) from recovery where {period} and due_at is not null"
                        + " and (decided_at > due_at or (status = 'PENDING' and due_at < utc_timestamp(6)))"),
                c.getJsonObject("approvals").getJsonNumber("overdue").longValue());
        assertTrue(c.getJsonObject("approvals").getJsonObject("decisionMinutes").getJsonNumber("count").longValue() >= 2);
        assertEquals(today().minusDays(59).toString(), report.getString("previousFrom"));
        JsonObject before = report.getJsonObject("previous").getJsonObject("incidents");
        long previous = Database.count("select count(*) from incident where tenant_id = ? and occurred_at >= ? and occurred_at < ?",
                bistro, utc(today().minusDays(59)), utc(today().minusDays(29)));
        assertTrue(previous >= 1);
        assertEquals(previous, before.getJsonNumber("count").longValue(), "the period before is the same tenant's");
        assertEquals(Database.count("select count(*) from incident where tenant_id = ? and occurred_at >= ? and occurred_at < ?"
                        + " and root_cause = 'CUSTOMER_EXPECTATION'", bistro, utc(today().minusDays(59)), utc(today().minusDays(29))),
                before.getJsonObject("byRootCause").getJsonNumber("CUSTOMER_EXPECTATION").longValue());

        JsonObject overLimit = report.getJsonObject("tables").getJsonObject("overLimit");
        assertTrue(overLimit.getJsonArray("rows").stream().anyMatch(r -> r.asJsonArray().getString(0).equals("#" + thirdCase)
                && r.asJsonArray().getString(2).startsWith("999999.00 ")),
                "the over-limit recovery is listed: " + overLimit);
    }

    private static Set<Long> behind(String query, String user) {
        Api.Answer answer = Api.get("/reports/compliance/incidents?" + query + "&limit=200", Keycloak.token(user));
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
    }

    @Test
    void everyFigureOpensToTheIncidentsBehindIt() {
        assertTrue(behind("figure=OVER_LIMIT&" + period(), EXECUTIVE).contains(thirdCase));
        assertFalse(behind("figure=OVER_LIMIT&" + period(), EXECUTIVE).contains(employeeCase));
        assertTrue(behind("figure=REPEAT&" + period(), EXECUTIVE).containsAll(List.of(employeeCase, processCase)));
        assertFalse(behind("figure=REPEAT&" + period(), EXECUTIVE).contains(thirdCase));
        Set<Long> employee = behind("figure=ROOT_CAUSE&key=EMPLOYEE&" + period(), EXECUTIVE);
        assertTrue(employee.contains(employeeCase) && !employee.contains(processCase), employee.toString());
        assertTrue(behind("figure=REJECTED&" + period(), EXECUTIVE).contains(processCase));
        assertTrue(behind("figure=APPROVED&" + period(), EXECUTIVE).contains(employeeCase));
        assertTrue(behind("figure=PROMISES_BROKEN&" + period(), EXECUTIVE).contains(thirdCase));
        assertTrue(behind("figure=PROMISES_KEPT&key=" + FRONTLINE + "&" + period(), EXECUTIVE).contains(processCase));
        assertFalse(behind("figure=PROMISES_BROKEN&key=" + FRONTLINE + "&" + period(), EXECUTIVE).contains(thirdCase),
                "the broken promise has no owner");
        assertTrue(behind("figure=PROMISES_BROKEN&key=-&" + period(), EXECUTIVE).contains(thirdCase), "the location queue's");
        assertFalse(behind("figure=PROMISES_KEPT&key=-&" + period(), EXECUTIVE).contains(processCase), "an owned promise");
        assertTrue(behind("figure=FEEDBACK_NOT_SOLVED&" + period(), EXECUTIVE).contains(processCase));
        assertEquals(sql("occurred_at", "select count(*) from incident where {period} and responded_at is not null"),
                Api.get("/reports/compliance/incidents?figure=RESPONDED&" + period(), Keycloak.token(EXECUTIVE)).json()
                        .getJsonNumber("total").longValue());
        assertTrue(behind("figure=RESPONDED&" + period(), EXECUTIVE).contains(employeeCase), "a case with a recovery was responded to");
        Api.Answer count = Api.get("/reports/compliance/incidents?figure=INCIDENTS&" + period(), Keycloak.token(EXECUTIVE));
        assertEquals(sql("occurred_at", "select count(*) from incident where {period}"), count.json().getJsonNumber("total").longValue());

        Api.Answer unknown = Api.get("/reports/compliance/incidents?figure=EVERYTHING&" + period(), Keycloak.token(EXECUTIVE));
        assertEquals(400, unknown.status());
        assertEquals("application/problem+json", unknown.contentType());
        assertEquals(400, Api.get("/reports/compliance/incidents?figure=ROOT_CAUSE&key=GREED&" + period(), Keycloak.token(EXECUTIVE)).status());
        assertEquals(400, Api.get("/reports/compliance?from=2026-02-01&to=2025-01-01", Keycloak.token(EXECUTIVE)).status());
    }

    @Test
    void aManagerSeesOnlyTheLocationsTheyAreAssignedTo_andNoOneElsesLocations() throws Exception {
        List<Long> locations = DemoData.locationIds("bistro-admin");
        long own = locations.get(0);
        long other = locations.get(1);
        long elsewhere = Drafts.log(MANAGER, Drafts.incident(MANAGER, "Elsewhere " + marker).add("locationId", other));
        try (AutoCloseable assigned = DemoData.assignLocations("bistro-admin", MANAGER, own)) {
            JsonObject report = Api.get("/reports/compliance?" + period(), Keycloak.token(MANAGER)).json();
            assertEquals(List.of(own), report.getJsonArray("locationIds").stream()
                    .map(v -> ((jakarta.json.JsonNumber) v).longValue()).toList());
            assertEquals(Database.count("select count(*) from incident where tenant_id = ? and location_id = ? and occurred_at >= ? and occurred_at < ?",
                    bistro, own, utc(today().minusDays(29)), utc(today().plusDays(1))),
                    report.getJsonObject("current").getJsonObject("incidents").getJsonNumber("count").longValue());
            assertFalse(behind("figure=INCIDENTS&" + period(), MANAGER).contains(elsewhere));
            assertTrue(behind("figure=INCIDENTS&" + period(), EXECUTIVE).contains(elsewhere));
            Api.Answer refused = Api.get("/reports/compliance?location=" + other + "&" + period(), Keycloak.token(MANAGER));
            assertEquals(400, refused.status());
            assertTrue(refused.body().contains("\"name\":\"location\""), refused.body()); // the parameter's name
        }
        Api.Answer intruder = Api.get("/reports/compliance?location=" + own + "&" + period(), Keycloak.token("hotel-executive"));
        assertEquals(400, intruder.status());
        assertFalse(intruder.body().contains(marker));
        Api.Answer drill = Api.get("/reports/compliance/incidents?figure=REPEAT&" + period(), Keycloak.token("hotel-executive"));
        assertFalse(drill.body().contains(marker), "the hotel's drill-down shows the restaurant's cases");
        assertEquals(403, Api.get("/reports/compliance?" + period(), Keycloak.token(FRONTLINE)).status());
    }

    @Test
    void eachTableIsACsvAndTheWholeReportAPdf() throws Exception {
        var csv = Api.download("/reports/compliance/csv?table=summary&" + period(), Keycloak.token(EXECUTIVE));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFMeasure,This period,Previous period\r\n"), text);
        long incidents = sql("occurred_at", "select count(*) from incident where {period}");
        assertTrue(text.contains("\r\nIncidents," + incidents + ","), text);
        String promises = new String(Api.download("/reports/compliance/csv?table=promisesByOwner&" + period(),
                Keycloak.token(EXECUTIVE)).body(), StandardCharsets.UTF_8);
        assertTrue(promises.contains("\r\n" + FRONTLINE + ","), promises);
        assertTrue(promises.contains("\r\nLocation queue (no owner),"), promises);

        long pdfsBefore = Database.count("select count(*) from audit_entry where kind = 'report.exported' "
                + "and actor = ? and to_value like '%PDF%'", EXECUTIVE);
        var pdf = Api.download("/reports/compliance/pdf?" + period(), Keycloak.token(EXECUTIVE));
        assertEquals(200, pdf.statusCode());
        assertEquals(pdfsBefore + 1, Database.count("select count(*) from audit_entry where kind = 'report.exported' "
                + "and actor = ? and to_value like '%PDF%'", EXECUTIVE), "the PDF download is not in the audit log");
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        assertTrue(all.toString().contains("Policy compliance report"), all.toString());
        assertTrue(all.toString().contains("Recoveries over a limit without approval"), all.toString());
        assertEquals(400, Api.get("/reports/compliance/csv?table=salaries&" + period(), Keycloak.token(EXECUTIVE)).status());
    }
}
