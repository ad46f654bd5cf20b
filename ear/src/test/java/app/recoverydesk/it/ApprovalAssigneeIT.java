package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An exception request is taken by a manager of Bistro Nord who may decide it: set and cleared by API, filtered in the
 * queue, audited, told to the new assignee; nobody of another business, nobody who is not a manager, never its asker.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApprovalAssigneeIT {

    private static final String MANAGER = "bistro-manager";
    private static final String FRONTLINE = "bistro-frontline";
    private static final String ADMIN = "bistro-admin";

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    /** A request of 500 kroner, over a fresh 100-kroner option, asked by {@code asker}. */
    private static JsonObject request(String asker) {
        Api.Answer option = Api.post("/recovery-options", Keycloak.token(MANAGER), Json.createObjectBuilder()
                .add("name", "Dessert " + UUID.randomUUID()).add("type", "COMP").add("monetary", true).add("perIncident", "100")
                .add("roles", Json.createArrayBuilder().add("frontline").add("manager")).build());
        assertEquals(201, option.status(), option.body());
        long incident = Drafts.log(asker, Drafts.incident(asker, "Lang ventetid " + UUID.randomUUID()));
        Api.Answer asked = Api.post("/incidents/" + incident + "/recoveries", Keycloak.token(asker), Json.createObjectBuilder()
                .add("optionId", id(option.json())).add("amount", "500").add("reason", "Bursdag").build());
        assertEquals(201, asked.status(), asked.body());
        assertEquals("PENDING", asked.json().getString("status"));
        return asked.json();
    }

    private static Api.Answer assign(long request, String token, String assignee) {
        var body = Json.createObjectBuilder();
        if (assignee == null) {
            body.addNull("assignee");
        } else {
            body.add("assignee", assignee);
        }
        return Api.put("/approvals/" + request + "/assignee", token, body.build());
    }

    private static String assignee(JsonObject recovery) {
        String text = text(recovery, "assignee");
        return text.equals("-") ? null : text;
    }

    /** A text field of an entry, "-" where JSON-B left out a null. */
    private static String text(JsonObject entry, String field) {
        return !entry.containsKey(field) || entry.isNull(field) ? "-" : entry.getString(field);
    }

    private static List<Long> queue(String query) {
        Api.Answer answer = Api.get("/approvals" + query, Keycloak.token(MANAGER));
        assertEquals(200, answer.status(), answer.body());
        return answer.jsonArray().stream().map(v -> id(v.asJsonObject().getJsonObject("request"))).toList();
    }

    private static void refusedNaming(Api.Answer answer, String field) {
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.json().getJsonArray("invalidParams").stream()
                .anyMatch(p -> p.asJsonObject().getString("name").equals(field)), answer.body());
    }

    @Test
    void aRequestIsAssignedToAManagerAndClearedAgain_auditedAndToldToTheAssignee() throws Exception {
        String admin = Keycloak.token(ADMIN);
        String second = "assignee-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Answer hired = Api.post("/admin/staff", admin, Json.createObjectBuilder().add("username", second)
                .add("email", second + "@example.com").add("firstName", "Siri").add("lastName", "Dahl")
                .add("roles", Json.createArrayBuilder().add("manager")).build());
        assertEquals(201, hired.status(), hired.body());
        String secondId = Api.get("/admin/staff", admin).jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("username").equals(second)).findFirst().orElseThrow().getString("id");
        try {
            JsonObject asked = request(FRONTLINE);
            long request = id(asked);
            assertEquals(null, assignee(asked), "a new request is assigned to nobody");
            assertTrue(queue("?assigned=nobody").contains(request));
            assertFalse(queue("?assigned=me").contains(request));

            // the picker's people: the business's active managers, by name
            List<JsonObject> offered = Api.get("/approvals/" + request + "/assignees", Keycloak.token(MANAGER)).jsonArray()
                    .stream().map(JsonValue::asJsonObject).toList();
            assertTrue(offered.stream().anyMatch(c -> c.getString("username").equals(second)
                    && c.getString("displayName").equals("Siri Dahl")), offered.toString());
            assertTrue(offered.stream().anyMatch(c -> c.getString("username").equals(MANAGER)), offered.toString());
            assertFalse(offered.stream().anyMatch(c -> c.getString("username").equals(FRONTLINE)
                    || c.getString("username").startsWith("hotel-")), offered.toString());

            // assigned to me, then to the other manager, who is told
            Api.Answer mine = assign(request, Keycloak.token(MANAGER), MANAGER);
            assertEquals(200, mine.status(), mine.body());
            assertEquals(MANAGER, assignee(mine.json()));
            assertTrue(queue("?assigned=me").contains(request));
            assertFalse(queue("?assigned=nobody").contains(request));
            Api.Answer handed = assign(request, Keycloak.token(MANAGER), second.toUpperCase());
            assertEquals(200, handed.status(), handed.body());
            assertEquals(second, assignee(handed.json()), "the username as the business has it");
            assertEquals(second, assignee(Api.get("/approvals/" + request, Keycloak.token(FRONTLINE)).json()));
            assertFalse(queue("?assigned=me").contains(request));
            assertTrue(queue("").contains(request));
            String told = "select count(*) from notification where kind = 'APPROVAL_ASSIGNED' and recovery_id = ? "
                    + "and recipient_username = ?";
            for (long deadline = System.currentTimeMillis() + 20_000; Database.count(told, request, second) == 0
                    && System.currentTimeMillis() < deadline; ) {
                Thread.sleep(200); // notices follow the assignment's commit, from the outbox
            }
            assertEquals(1, Database.count(told, request, second), "the new assignee is not told");
            assertEquals(0, Database.count(told, request, MANAGER), "told of what they took themselves");

            // cleared: nobody again
            Api.Answer cleared = assign(request, Keycloak.token(MANAGER), null);
            assertEquals(200, cleared.status(), cleared.body());
            assertEquals(null, assignee(cleared.json()));
            assertTrue(queue("?assigned=nobody").contains(request));

            // each change audited: who, from whom to whom
            List<JsonObject> entries = Api.get("/audit?limit=500&kind=approval.assigned", admin).json().getJsonArray("entries")
                    .stream().map(JsonValue::asJsonObject).filter(e -> e.getString("subject").equals("recovery request " + request))
                    .toList();
            assertEquals(3, entries.size(), entries.toString());
            List<String> moves = entries.stream().map(e -> text(e, "from") + ">" + text(e, "to") + " by " + e.getString("actor"))
                    .toList();
            assertTrue(moves.containsAll(List.of("->" + MANAGER + " by " + MANAGER, MANAGER + ">" + second + " by " + MANAGER,
                    second + ">- by " + MANAGER)), moves.toString());
            String timeline = Api.get("/incidents/" + asked.getJsonNumber("incidentId") + "/timeline", Keycloak.token(MANAGER)).body();
            assertTrue(timeline.contains("approval assignee"), timeline);

            // a deactivated manager is no longer someone to take it
            assertEquals(204, Api.post("/admin/staff/" + secondId + "/deactivate", admin, JsonValue.EMPTY_JSON_OBJECT).status());
            refusedNaming(assign(request, Keycloak.token(MANAGER), second), "assignee");
        } finally {
            Api.post("/admin/staff/" + secondId + "/deactivate", admin, JsonValue.EMPTY_JSON_OBJECT);
        }
    }

    @Test
    void onlyAManagerOfTheSameBusinessWhoDidNotAskCanTakeIt() {
        long request = id(request(FRONTLINE));
        String manager = Keycloak.token(MANAGER);
        refusedNaming(assign(request, manager, "hotel-manager"), "assignee");
        refusedNaming(assign(request, manager, FRONTLINE), "assignee");
        refusedNaming(assign(request, manager, "bistro-executive"), "assignee");
        refusedNaming(assign(request, manager, "nobody-" + UUID.randomUUID()), "assignee");
        assertEquals(null, assignee(Api.get("/approvals/" + request, manager).json()), "half assigned");
        // the one who asked cannot decide, so cannot take it either
        long own = id(request(MANAGER));
        refusedNaming(assign(own, manager, MANAGER), "assignee");

        // another business neither sees the request nor assigns it; frontline staff do not assign
        assertEquals(404, assign(request, Keycloak.token("hotel-manager"), "hotel-manager").status());
        assertEquals(404, Api.get("/approvals/" + request + "/assignees", Keycloak.token("hotel-manager")).status());
        assertEquals(403, assign(request, Keycloak.token(FRONTLINE), MANAGER).status());
        assertEquals(null, assignee(Api.get("/approvals/" + request, manager).json()));
        assertEquals(0, Database.count("select count(*) from audit_entry where kind = 'approval.assigned' and subject = ?",
                "recovery request " + request));

        // decided: no longer assigned
        assertEquals(200, Api.post("/approvals/" + request + "/decision", manager, Json.createObjectBuilder()
                .add("approve", true).build()).status());
        assertEquals(409, assign(request, manager, MANAGER).status());
    }
}
