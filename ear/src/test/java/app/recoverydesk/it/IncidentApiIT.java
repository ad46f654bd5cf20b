package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The incident API with real tokens from Keycloak, across two tenants. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncidentApiIT {

    private static Api.Answer logAsBistro(String whatHappened) {
        return Api.post("/incidents", Keycloak.token("bistro-frontline"),
                Drafts.incident("bistro-frontline", whatHappened).build());
    }

    @Test
    void restaurantUserLogsAnIncidentStoredForTheirTenantWithItsAuditEntry() {
        String what = "Main course never arrived " + UUID.randomUUID();
        Api.Answer created = logAsBistro(what);

        assertEquals(201, created.status(), created.body());
        assertNotNull(created.location(), "201 without Location");
        JsonObject json = created.json();
        long id = json.getJsonNumber("id").longValue();
        assertTrue(created.location().endsWith("/api/v1/incidents/" + id), created.location());
        assertEquals("OPEN", json.getString("status"));
        assertEquals("bistro-frontline", json.getString("createdBy"));

        Api.Answer read = Api.get("/incidents/" + id, Keycloak.token("bistro-manager"));
        assertEquals(200, read.status(), read.body());
        assertEquals(what, read.json().getJsonObject("incident").getString("whatHappened"));

        assertEquals(List.of(List.of(DemoData.tenantId(DemoData.BISTRO), "bistro-frontline", "PROCESS")),
                Database.query("select tenant_id, created_by, root_cause from incident where id = ?", id));
        assertEquals(List.of(List.of("CREATED", "bistro-frontline", "OPEN")),
                Database.query("select kind, actor, to_value from incident_event where incident_id = ?", id));
    }

    @Test
    void hotelUserGets404ForTheRestaurantsIncidentAndNeverSeesItListed() {
        String what = "Wrong wine " + UUID.randomUUID();
        long id = logAsBistro(what).json().getJsonNumber("id").longValue();
        String hotel = Keycloak.token("hotel-frontline");

        Api.Answer read = Api.get("/incidents/" + id, hotel);
        assertEquals(404, read.status());
        assertEquals("application/problem+json", read.contentType());
        assertFalse(read.body().contains(what), "the 404 leaks the incident");

        Api.Answer list = Api.get("/incidents?limit=200", hotel);
        assertEquals(200, list.status(), list.body());
        assertFalse(list.body().contains(what), "the hotel's list shows the restaurant's incident");
        assertEquals(Database.count("select count(*) from incident where tenant_id = ?", DemoData.tenantId(DemoData.HOTEL)),
                list.json().getJsonNumber("total").longValue(), "the hotel's total counts other tenants' incidents");

        Api.Answer bistroList = Api.get("/incidents?limit=200", Keycloak.token("bistro-frontline"));
        assertTrue(bistroList.body().contains(what), "the restaurant's own list lacks its incident");
    }

    @Test
    void aLocationOrCategoryOfAnotherTenantIsRefusedAndNothingIsStored() {
        long before = Database.count("select count(*) from incident");
        Api.Answer answer = Api.post("/incidents", Keycloak.token("bistro-frontline"),
                Drafts.incident("bistro-frontline", "Sneaky " + UUID.randomUUID())
                        .add("locationId", DemoData.firstLocationId(DemoData.HOTEL)).build());
        assertEquals(400, answer.status(), answer.body());
        assertEquals(Set.of("locationId"), invalidFields(answer));

        answer = Api.post("/incidents", Keycloak.token("bistro-frontline"),
                Drafts.incident("bistro-frontline", "Sneaky " + UUID.randomUUID())
                        .add("categoryId", Drafts.firstId("hotel-frontline", "/categories")).build());
        assertEquals(400, answer.status(), answer.body());
        assertEquals(Set.of("categoryId"), invalidFields(answer));
        assertEquals(before, Database.count("select count(*) from incident"));
    }

    @Test
    void invalidInputGives400NamingEachFieldAndStoresNothing() {
        long before = Database.count("select count(*) from incident");
        JsonObject bad = Json.createObjectBuilder()
                .add("locationId", DemoData.firstLocationId(DemoData.BISTRO))
                .add("occurredAt", Instant.now().plus(2, ChronoUnit.DAYS).toString())
                .add("whatHappened", "x".repeat(2001))
                .add("severity", "APOCALYPTIC")
                .build();

        Api.Answer answer = Api.post("/incidents", Keycloak.token("bistro-frontline"), bad);

        assertEquals(400, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.contentType());
        assertEquals(Set.of("occurredAt", "whatHappened", "severity", "rootCause", "categoryId"), invalidFields(answer));
        assertEquals(before, Database.count("select count(*) from incident"));
    }

    @Test
    void fieldMessagesAreInTheCallersLanguage() {
        Api.Answer answer = Api.send("/incidents", Keycloak.token("bistro-frontline"), "nb",
                Drafts.incident("bistro-frontline", " ").build());
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.body().contains("må fylles ut"), answer.body());
    }

    @Test
    void malformedJsonGives400Problem() {
        Api.Answer answer = Api.postRaw("/incidents", Keycloak.token("bistro-frontline"), "{\"locationId\": ");
        assertEquals(400, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.contentType());
    }

    @Test
    void noTokenGives401AndABadTokenToo() {
        assertEquals(401, Api.get("/incidents", null).status());
        assertEquals(401, Api.get("/incidents", "not-a-token").status());
    }

    @Test
    void theOperatorRoleMayNotReadCases() {
        Api.Answer answer = Api.get("/incidents", Keycloak.token("operator"));
        assertEquals(403, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.contentType());
    }

    /** More callers at once than the server runs (its request limit) wait their turn: none is turned away. */
    @Test
    void moreCallersAtOnceThanTheServerRunsAreAllServed() throws Exception {
        String token = Keycloak.token("bistro-frontline");
        String crowd = "Crowd " + UUID.randomUUID();
        int callers = 24;
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            List<JsonObject> drafts = IntStream.range(0, callers)
                    .mapToObj(i -> Drafts.incidentWith(token, crowd + " " + i).build()).toList();
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Answer>> answers = drafts.stream()
                    .map(draft -> threads.submit(() -> {
                        go.await();
                        return Api.post("/incidents", token, draft);
                    }))
                    .toList();
            go.countDown();
            for (Future<Api.Answer> answer : answers) {
                Api.Answer a = answer.get(60, TimeUnit.SECONDS);
                assertEquals(201, a.status(), a.body());
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(callers, Database.count("select count(*) from incident where what_happened like ?", crowd + " %"));
    }

    private static Set<String> invalidFields(Api.Answer answer) {
        return answer.json().getJsonArray("invalidParams").stream()
                .map(p -> ((JsonString) p.asJsonObject().get("name")).getString())
                .collect(Collectors.toSet());
    }
}
