package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Granting within policy and asking for exceptions, against every limit, with races and the self-approval rule. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecoveryApiIT {

    private static final String FRONTLINE = "rental-frontline";
    private static final String MANAGER = "rental-manager";

    private static long incident(String location) {
        var body = Drafts.incident(MANAGER, "Battery dead " + UUID.randomUUID());
        if (location != null) {
            body.add("locationId", locationId(location));
        }
        return Drafts.log(MANAGER, body);
    }

    private static long locationId(String nameContains) {
        return Api.get("/locations", Keycloak.token(MANAGER)).jsonArray().stream().map(v -> v.asJsonObject())
                .filter(l -> l.getString("name").contains(nameContains)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** A fresh option of this test's own, so that daily totals of other tests do not count. */
    private static JsonObject option(String perIncident, String perDay, List<String> roles, Long onlyAt) {
        JsonArrayBuilder r = Json.createArrayBuilder();
        roles.forEach(r::add);
        var body = Json.createObjectBuilder().add("name", "Voucher " + UUID.randomUUID()).add("type", "VOUCHER")
                .add("monetary", true).add("perIncident", perIncident).add("roles", r);
        if (perDay != null) {
            body.add("perDay", perDay);
        }
        if (onlyAt != null) {
            body.add("locationIds", Json.createArrayBuilder().add(onlyAt));
        }
        Api.Answer created = Api.post("/recovery-options", Keycloak.token(MANAGER), body.build());
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private static Api.Answer grant(String user, long incident, long option, String amount, String reason) {
        var body = Json.createObjectBuilder().add("optionId", option).add("amount", amount);
        if (reason != null) {
            body.add("reason", reason);
        }
        return Api.post("/incidents/" + incident + "/recoveries", Keycloak.token(user), body.build());
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    @Test
    void taxiWithinTheLimitIsGrantedAtOnce_aboveItWaitsForAManagerWithTheReason() {
        JsonObject taxi = Api.get("/recovery-options", Keycloak.token(FRONTLINE)).jsonArray().stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getString("name").equals("Taxi reimbursement")).findFirst().orElseThrow();
        assertEquals(new java.math.BigDecimal("170.00"), new java.math.BigDecimal(
                taxi.getJsonObject("policy").getJsonObject("perIncident").getString("amount")));
        assertEquals("PLN", taxi.getJsonObject("policy").getJsonObject("perIncident").getString("currency"));
        long incident = incident(null);

        Api.Answer within = grant(FRONTLINE, incident, id(taxi), "150.00", null);
        assertEquals(201, within.status(), within.body());
        assertEquals("GRANTED", within.json().getString("status"));
        assertEquals(id(taxi.getJsonObject("policy")), within.json().getJsonNumber("policyId").longValue());
        assertEquals("RECOVERING", Api.get("/incidents/" + incident, Keycloak.token(FRONTLINE)).json()
                .getJsonObject("incident").getString("status"));

        Api.Answer noReason = grant(FRONTLINE, incident, id(taxi), "300", null);
        assertEquals(400, noReason.status(), noReason.body());
        Api.Answer above = grant(FRONTLINE, incident, id(taxi), "300", "Night, no buses to Kraków");
        assertEquals("PENDING", above.json().getString("status"), above.body());
        assertTrue(above.json().getJsonArray("exceeded").getValuesAs(jakarta.json.JsonString::getString)
                .contains("PER_INCIDENT"), above.body());
        assertEquals("AWAITING_APPROVAL", Api.get("/incidents/" + incident, Keycloak.token(FRONTLINE)).json()
                .getJsonObject("incident").getString("status"));

        JsonObject queued = Api.get("/approvals", Keycloak.token(MANAGER)).jsonArray().stream().map(v -> v.asJsonObject())
                .filter(q -> id(q.getJsonObject("request")) == id(above.json())).findFirst().orElseThrow();
        assertEquals("130.00", queued.getJsonObject("overLimitBy").getString("amount"));
        assertEquals("Night, no buses to Kraków", queued.getJsonObject("request").getString("reason"));

        Api.Answer approved = Api.post("/approvals/" + id(above.json()) + "/decision", Keycloak.token(MANAGER),
                Json.createObjectBuilder().add("approve", true).add("amount", "250").build());
        assertEquals(200, approved.status(), approved.body());
        assertEquals(List.of("APPROVED", "250.00"), List.of(approved.json().getString("status"),
                approved.json().getJsonObject("approvedAmount").getString("amount")));
        assertEquals("APPROVED", Api.get("/approvals/" + id(above.json()), Keycloak.token(FRONTLINE)).json().getString("status"));
        assertEquals(409, Api.post("/approvals/" + id(above.json()) + "/decision", Keycloak.token(MANAGER),
                Json.createObjectBuilder().add("approve", false).add("reason", "changed my mind").build()).status());
    }

    @Test
    void everyLimitSendsTheGrantToAManager() {
        long airport = locationId("Airport");
        long station = incident("Station");
        JsonObject perDay = option("100", "150", List.of("frontline", "manager"), null);
        assertEquals("GRANTED", grant(FRONTLINE, station, id(perDay), "100", null).json().getString("status"));
        assertEquals("GRANTED", grant(FRONTLINE, station, id(perDay), "40", null).json().getString("status"));
        Api.Answer third = grant(FRONTLINE, station, id(perDay), "20", "third today");
        assertEquals(List.of("PENDING", List.of("PER_DAY")), List.of(third.json().getString("status"),
                third.json().getJsonArray("exceeded").getValuesAs(jakarta.json.JsonString::getString)));
        assertEquals("GRANTED", grant(MANAGER, station, id(perDay), "100", null).json().getString("status"),
                "the daily limit is per staff member");

        JsonObject managersOnly = option("100", null, List.of("manager"), null);
        assertEquals(List.of("ROLE"), grant(FRONTLINE, station, id(managersOnly), "10", "not my call").json()
                .getJsonArray("exceeded").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("GRANTED", grant(MANAGER, station, id(managersOnly), "10", null).json().getString("status"));

        JsonObject airportOnly = option("100", null, List.of("frontline"), airport);
        assertEquals(List.of("LOCATION"), grant(FRONTLINE, station, id(airportOnly), "10", "other desk").json()
                .getJsonArray("exceeded").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("GRANTED", grant(FRONTLINE, incident("Airport"), id(airportOnly), "10", null).json().getString("status"));

        assertEquals(400, grant(FRONTLINE, station, id(perDay), "1.005", null).status(), "more decimals than PLN has");
        assertEquals(400, grant(FRONTLINE, station, id(perDay), "-5", null).status());
    }

    @Test
    void thePerDayLimitIsReadAndWrittenInTheSameUnit_soWritingBackWhatWasReadChangesNothing() {
        JsonObject created = option("350", "1760.50", List.of("frontline"), null);
        JsonObject perDay = created.getJsonObject("policy").getJsonObject("perDay");
        assertEquals(List.of("1760.50", "PLN"), List.of(perDay.getString("amount"), perDay.getString("currency")), created.toString());
        Api.Answer rewritten = Api.post("/recovery-options/" + id(created) + "/policy", Keycloak.token(MANAGER),
                Json.createObjectBuilder().add("perIncident", created.getJsonObject("policy").getJsonObject("perIncident")
                                .getString("amount")).add("perDay", perDay.getString("amount"))
                        .add("roles", Json.createArrayBuilder().add("frontline")).build());
        assertEquals(200, rewritten.status(), rewritten.body());
        JsonObject listed = Api.get("/recovery-options", Keycloak.token(MANAGER)).jsonArray().stream().map(v -> v.asJsonObject())
                .filter(o -> id(o) == id(created)).findFirst().orElseThrow();
        assertEquals(List.of(2, "1760.50", "350.00"), List.of(listed.getJsonObject("policy").getInt("version"),
                listed.getJsonObject("policy").getJsonObject("perDay").getString("amount"),
                listed.getJsonObject("policy").getJsonObject("perIncident").getString("amount")), listed.toString());
        Api.Answer tooPrecise = Api.post("/recovery-options/" + id(created) + "/policy", Keycloak.token(MANAGER),
                Json.createObjectBuilder().add("perDay", "17.605").add("roles", Json.createArrayBuilder().add("frontline")).build());
        assertEquals(400, tooPrecise.status(), tooPrecise.body());
        assertEquals("perDay", tooPrecise.json().getJsonArray("invalidParams").getJsonObject(0).getString("name"));
    }

    @Test
    void eachGrantIsJudgedByThePolicyVersionInForceAndKeepsIt() {
        long incident = incident(null);
        JsonObject option = option("100", null, List.of("frontline"), null);
        long v1 = id(option.getJsonObject("policy"));
        Api.Answer first = grant(FRONTLINE, incident, id(option), "80", null);
        assertEquals("GRANTED", first.json().getString("status"));

        JsonObject v2 = Api.post("/recovery-options/" + id(option) + "/policy", Keycloak.token(MANAGER),
                Json.createObjectBuilder().add("perIncident", "50").add("roles", Json.createArrayBuilder().add("frontline"))
                        .build()).json();
        Api.Answer future = Api.post("/recovery-options/" + id(option) + "/policy", Keycloak.token(MANAGER),
                Json.createObjectBuilder().add("perIncident", "500").add("roles", Json.createArrayBuilder().add("frontline"))
                        .add("effectiveFrom", Instant.now().plus(1, ChronoUnit.DAYS).toString()).build());
        assertEquals(200, future.status(), future.body());
        assertEquals(2, v2.getJsonObject("policy").getInt("version"));

        Api.Answer second = grant(FRONTLINE, incident, id(option), "80", "over the new limit");
        assertEquals("PENDING", second.json().getString("status"), "judged against version 2, not 1 or the future 3");
        assertEquals(id(v2.getJsonObject("policy")), second.json().getJsonNumber("policyId").longValue());
        assertEquals(v1, Api.get("/approvals/" + id(first.json()), Keycloak.token(FRONTLINE)).json()
                .getJsonNumber("policyId").longValue(), "a later version rewrote an earlier recovery");
        assertEquals(List.of(1, 2, 3), Database.query("select version from recovery_policy where option_id = ? order by version",
                id(option)).stream().map(r -> ((Number) r.get(0)).intValue()).toList());
    }

    @Test
    void twoGrantsAtTheSameInstantCannotTogetherPassTheDailyLimit() throws Exception {
        JsonObject option = option("100", "100", List.of("frontline"), null);
        long incident = incident(null);
        String token = Keycloak.token(FRONTLINE);
        int parallel = 8;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            results.add(pool.submit(() -> {
                start.await();
                Api.Answer a = Api.post("/incidents/" + incident + "/recoveries", token, Json.createObjectBuilder()
                        .add("optionId", id(option)).add("amount", "30").add("reason", "busy day").build());
                return a.status() == 201 ? a.json().getString("status") : "HTTP " + a.status() + " " + a.body();
            }));
        }
        start.countDown();
        List<String> statuses = new ArrayList<>();
        for (Future<String> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertEquals(3, Collections.frequency(statuses, "GRANTED"), statuses.toString());
        assertEquals(5, Collections.frequency(statuses, "PENDING"), statuses.toString());
        assertEquals(9000, Database.count("select granted_minor from staff_day_total where option_id = ?", id(option)));
    }

    @Test
    void twoDecisionsAtOnce_exactlyOneWins_andNoManagerDecidesTheirOwnRequest() throws Exception {
        long incident = incident(null);
        JsonObject option = option("10", null, List.of("frontline", "manager"), null);
        long request = id(grant(FRONTLINE, incident, id(option), "50", "big family").json());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> decisions = new ArrayList<>();
        for (boolean approve : new boolean[] {true, false}) {
            decisions.add(pool.submit(() -> {
                start.await();
                return Api.post("/approvals/" + request + "/decision", Keycloak.token(MANAGER), Json.createObjectBuilder()
                        .add("approve", approve).add("reason", "decided").build()).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>(List.of(decisions.get(0).get(), decisions.get(1).get()));
        pool.shutdown();
        Collections.sort(statuses);
        assertEquals(List.of(200, 409), statuses);

        long own = id(grant(MANAGER, incident, id(option), "50", "my own").json());
        Api.Answer self = Api.post("/approvals/" + own + "/decision", Keycloak.token(MANAGER),
                Json.createObjectBuilder().add("approve", true).build());
        assertEquals(403, self.status(), self.body());
        assertEquals("PENDING", Api.get("/approvals/" + own, Keycloak.token(MANAGER)).json().getString("status"));
        assertEquals(400, Api.post("/approvals/" + own + "/decision", Keycloak.token("bistro-manager"),
                Json.createObjectBuilder().add("approve", false).build()).status() == 404 ? 400 : 0,
                "another tenant's manager must not even find the request");
        assertEquals(403, Api.post("/approvals/" + own + "/decision", Keycloak.token(FRONTLINE),
                Json.createObjectBuilder().add("approve", true).build()).status());
    }

    private static List<Long> noticesAbout(String user) {
        return Api.get("/notifications", Keycloak.token(user)).jsonArray().stream()
                .map(v -> v.asJsonObject()).filter(n -> n.containsKey("recoveryId") && !n.isNull("recoveryId"))
                .map(n -> n.getJsonNumber("recoveryId").longValue()).toList();
    }

    @Test
    void requestsGoToTheManagersOfTheirLocation() throws Exception {
        String admin = Keycloak.token("rental-admin");
        String managerId = Api.get("/admin/staff", admin).jsonArray().stream().map(v -> v.asJsonObject())
                .filter(m -> m.getString("username").equals(MANAGER)).findFirst().orElseThrow().getString("id");
        JsonObject option = option("10", null, List.of("frontline"), null);
        long atStation = id(grant(FRONTLINE, incident("Station"), id(option), "20", "station").json());
        long atAirport = id(grant(FRONTLINE, incident("Airport"), id(option), "20", "airport").json());
        Api.put("/admin/staff/" + managerId + "/locations", admin, Json.createObjectBuilder()
                .add("locationIds", Json.createArrayBuilder().add(locationId("Airport"))).build());
        try {
            List<Long> queue = Api.get("/approvals", Keycloak.token(MANAGER)).jsonArray().stream()
                    .map(v -> id(v.asJsonObject().getJsonObject("request"))).toList();
            assertTrue(queue.contains(atAirport), "the airport manager misses the airport's request");
            assertTrue(!queue.contains(atStation), "the airport manager gets the station's request");
            List<Long> noticed = noticesAbout(MANAGER);
            for (long deadline = System.currentTimeMillis() + 20_000; !noticed.contains(atAirport)
                    && System.currentTimeMillis() < deadline; noticed = noticesAbout(MANAGER)) {
                Thread.sleep(200); // notices follow the request's commit, from the outbox
            }
            assertTrue(noticed.contains(atAirport) && !noticed.contains(atStation), "notices: " + noticed);
        } finally {
            Api.put("/admin/staff/" + managerId + "/locations", admin, Json.createObjectBuilder()
                    .add("locationIds", Json.createArrayBuilder()).build());
        }
        assertTrue(Api.get("/approvals", Keycloak.token(MANAGER)).jsonArray().stream()
                .anyMatch(v -> id(v.asJsonObject().getJsonObject("request")) == atStation), "unassigned managers see all");
    }

    @Test
    void overdueRequestsAreMarkedAndEscalatedToTheExecutives() throws Exception {
        String admin = Keycloak.token("rental-admin");
        JsonObject settings = Api.get("/admin/settings", admin).json();
        Api.put("/admin/settings", admin, Json.createObjectBuilder(settings).add("approvalTargetMinutes", 0).build());
        long request;
        try {
            JsonObject option = option("10", null, List.of("frontline"), null);
            request = id(grant(FRONTLINE, incident(null), id(option), "20", "urgent").json());
        } finally {
            Api.put("/admin/settings", admin, Json.createObjectBuilder(settings).add("approvalTargetMinutes", 15).build());
        }
        Thread.sleep(50);
        assertTrue(Api.get("/approvals/" + request, Keycloak.token(MANAGER)).json().getBoolean("overdue"));
        long deadline = System.currentTimeMillis() + 60_000;
        while (Database.count("select count(*) from notification where kind = 'APPROVAL_OVERDUE' and recovery_id = ?",
                request) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
        }
        assertEquals(List.of(List.of("executive")), Database.query(
                "select recipient_role from notification where kind = 'APPROVAL_OVERDUE' and recovery_id = ?", request));
    }
}
