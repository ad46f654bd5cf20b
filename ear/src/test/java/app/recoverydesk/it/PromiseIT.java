package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Promises to customers: their states, hand-overs on the timeline, the closing rule, and overdue ones. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PromiseIT {

    private static final String STAFF = "hotel-frontline";
    private static final String MANAGER = "hotel-manager";

    private static JsonObject promise(long incident, String what, Instant due, String owner) {
        var body = Json.createObjectBuilder().add("what", what).add("dueAt", due.toString());
        if (owner != null) {
            body.add("owner", owner);
        }
        Api.Answer made = Api.post("/incidents/" + incident + "/promises", Keycloak.token(STAFF), body.build());
        assertEquals(201, made.status(), made.body());
        return made.json();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static Api.Answer move(String user, long incident, String to, String reason) {
        var body = Json.createObjectBuilder().add("to", to);
        if (reason != null) {
            body.add("reason", reason);
        }
        return Api.post("/incidents/" + incident + "/status", Keycloak.token(user), body.build());
    }

    @Test
    void promisesAreKeptOnTimeLateOrBroken_andHandOversAreOnTheTimeline() {
        long incident = Drafts.log(STAFF, Drafts.incident(STAFF, "Room not ready " + UUID.randomUUID()));
        JsonObject onTime = promise(incident, "Call back", Instant.now().plus(2, ChronoUnit.HOURS), STAFF);
        JsonObject late = promise(incident, "Refund paid", Instant.now().minus(1, ChronoUnit.HOURS), null);
        JsonObject broken = promise(incident, "Free breakfast", Instant.now().plus(1, ChronoUnit.DAYS), null);
        assertTrue(late.getBoolean("overdue"));

        assertEquals("KEPT", Api.post("/promises/" + id(onTime) + "/kept", Keycloak.token(STAFF), Json.createObjectBuilder().build())
                .json().getString("status"));
        assertEquals("LATE", Api.post("/promises/" + id(late) + "/kept", Keycloak.token(STAFF), Json.createObjectBuilder().build())
                .json().getString("status"));
        assertEquals(400, Api.post("/promises/" + id(broken) + "/cancel", Keycloak.token(STAFF), Json.createObjectBuilder().build()).status());
        Api.Answer handed = Api.put("/promises/" + id(broken) + "/owner", Keycloak.token(STAFF),
                Json.createObjectBuilder().add("owner", MANAGER).build());
        assertEquals(MANAGER, handed.json().getString("owner"), handed.body());
        assertEquals(400, Api.put("/promises/" + id(broken) + "/owner", Keycloak.token(STAFF),
                Json.createObjectBuilder().add("owner", "bistro-frontline").build()).status(), "another tenant's staff");
        assertEquals("BROKEN", Api.post("/promises/" + id(broken) + "/cancel", Keycloak.token(STAFF),
                Json.createObjectBuilder().add("reason", "kitchen closed").build()).json().getString("status"));
        assertEquals(409, Api.post("/promises/" + id(broken) + "/kept", Keycloak.token(STAFF), Json.createObjectBuilder().build()).status());

        String timeline = Api.get("/incidents/" + incident + "/timeline", Keycloak.token(STAFF)).body();
        assertTrue(timeline.contains("\"field\":\"promise owner\"") && timeline.contains("\"from\":\"Free breakfast: queue\"")
                && timeline.contains("\"to\":\"Free breakfast: " + MANAGER + "\""), timeline);
    }

    @Test
    void aCaseWithOpenPromisesClosesOnlyByAManagerWithAReason() {
        long incident = Drafts.log(STAFF, Drafts.incident(STAFF, "Noise " + UUID.randomUUID()));
        JsonObject open = promise(incident, "Move the guest", Instant.now().plus(1, ChronoUnit.HOURS), null);
        assertEquals(200, move(STAFF, incident, "RESOLVED", null).status());

        assertEquals(409, move(STAFF, incident, "CLOSED", "done").status(), "frontline closed with an open promise");
        Api.Answer noReason = move(MANAGER, incident, "CLOSED", null);
        assertEquals(409, noReason.status());
        assertTrue(noReason.json().getString("detail").contains("open promise"), noReason.body());
        Api.Answer closed = move(MANAGER, incident, "CLOSED", "guest left early");
        assertEquals(200, closed.status(), closed.body());
        JsonObject after = Api.get("/incidents/" + incident + "/promises", Keycloak.token(STAFF)).jsonArray().getJsonObject(0);
        assertEquals(List.of("BROKEN", "guest left early"), List.of(after.getString("status"), after.getString("brokenReason")));
        assertEquals(id(open), id(after));
    }

    @Test
    void anOverduePromiseShowsInMyPromisesAndNotifiesItsOwnerAndTheManagers() throws Exception {
        try (MailServer mail = new MailServer()) {
            overduePromise(mail);
        }
    }

    private void overduePromise(MailServer mail) throws Exception {
        long incident = Drafts.log(STAFF, Drafts.incident(STAFF, "Cold room " + UUID.randomUUID()));
        String what = "Send a technician " + UUID.randomUUID().toString().substring(0, 6);
        JsonObject due = promise(incident, what, Instant.now().minus(5, ChronoUnit.MINUTES), STAFF);
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(STAFF);
            browser.driver.findElement(By.id("my-promises")).click();
            WebElement row = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//tr[td[contains(., '" + what + "')]]")));
            assertTrue(row.getAttribute("class").contains("promise-overdue"), row.getAttribute("class"));
            assertTrue(row.findElement(By.className("overdue-flag")).isDisplayed());
        }
        long deadline = System.currentTimeMillis() + 60_000;
        while (Database.count("select count(*) from notification where promise_id = ?", id(due)) < 2
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
        }
        assertEquals(List.of(List.of("-", STAFF), List.of("manager", "-")), Database.query(
                "select coalesce(recipient_role, '-'), coalesce(recipient_username, '-') from notification "
                        + "where promise_id = ? order by recipient_role", id(due)));
        // one mail to each: the owner and the location's manager (the hotel's only one, assigned to no location)
        List<MailServer.Mail> sent = mail.await(m -> m.subject().contains(what), 2, 30);
        assertEquals(List.of("frontline@hotel-adriatic.example", "manager@hotel-adriatic.example"),
                sent.stream().flatMap(m -> m.to().stream()).sorted().toList(), "mails about the overdue promise: " + sent);
        Thread.sleep(3000);
        assertEquals(2, mail.receivedWhere(m -> m.subject().contains(what)).size(), "a mail went twice");
        assertEquals("Hotel Adriatic", sent.get(0).fromName());
    }
}
