package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Managers are told at once: an exception request mails the managers of the case's location (and those assigned to
 * no location), not other locations' managers, not frontline staff or executives, never another business's staff;
 * and nobody where the business switched that mail off.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManagerMailIT {

    private static final String STAFF = "bistro-frontline";
    private static final String ADMIN = "bistro-admin";

    private static MailServer mail;
    private static long here;
    private static String managerHere;
    private static String managerElsewhere;
    private static final List<String> hired = new ArrayList<>();

    @BeforeAll
    static void aManagerHereAndOneElsewhere() {
        mail = new MailServer();
        List<Long> locations = DemoData.locationIds(ADMIN);
        assertTrue(locations.size() >= 2, "the restaurant has fewer than two locations: " + locations);
        here = locations.get(0);
        managerHere = hire(here);
        managerElsewhere = hire(locations.get(1));
    }

    @AfterAll
    static void letThemGo() {
        try {
            for (String username : hired) {
                String id = Api.get("/admin/staff", Keycloak.token(ADMIN)).jsonArray().stream().map(JsonValue::asJsonObject)
                        .filter(m -> m.getString("username").equals(username)).findFirst().orElseThrow().getString("id");
                Api.post("/admin/staff/" + id + "/deactivate", Keycloak.token(ADMIN), Json.createObjectBuilder().build());
            }
        } finally {
            mail.close();
        }
    }

    /** A new manager of one location; answers their e-mail address. */
    private static String hire(long location) {
        String username = "mgr-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Answer hire = Api.post("/admin/staff", Keycloak.token(ADMIN), Json.createObjectBuilder()
                .add("username", username).add("email", username + "@bistro-nord.example").add("firstName", "Leder")
                .add("lastName", "Sted").add("roles", Json.createArrayBuilder().add("manager"))
                .add("locationIds", Json.createArrayBuilder().add(location)).build());
        assertEquals(201, hire.status(), hire.body());
        hired.add(username);
        return username + "@bistro-nord.example";
    }

    /** An over-limit grant on a new case at {@code here}: an exception request. Answers the case's id. */
    private static long exceptionRequest() {
        return exceptionRequest(STAFF, here);
    }

    private static long exceptionRequest(String staff, long location) {
        long incident = Drafts.log(staff, Drafts.incident(staff, "Feil regning " + UUID.randomUUID()).add("locationId", location));
        long option = Api.get("/recovery-options", Keycloak.token(staff)).jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getBoolean("monetary")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Api.Answer request = Api.post("/incidents/" + incident + "/recoveries", Keycloak.token(staff),
                Json.createObjectBuilder().add("optionId", option).add("amount", "99999").add("reason", "Stor feil").build());
        assertEquals(201, request.status(), request.body());
        assertEquals("PENDING", request.json().getString("status"), request.body());
        return incident;
    }

    private static List<String> recipientsAbout(long incident) {
        return mail.receivedWhere(m -> m.subject().contains("#" + incident + ":")).stream()
                .flatMap(m -> m.to().stream()).sorted().toList();
    }

    @Test
    void anExceptionRequestMailsTheLocationsManagersOnly() throws Exception {
        long incident = exceptionRequest();
        List<MailServer.Mail> mails = mail.await(m -> m.subject().contains("#" + incident + ":"), 2, 40);
        Thread.sleep(4000); // anything more that was coming
        assertEquals(List.of("manager@bistro-nord.example", managerHere).stream().sorted().toList(),
                recipientsAbout(incident), "mails about the request: " + mails);
        MailServer.Mail first = mails.get(0);
        assertTrue(first.subject().startsWith("Unntaksforespørsel i sak #" + incident), first.subject());
        assertEquals("Bistro Nord", first.fromName());
        assertTrue(first.body().contains(Deployments.APP + "/manage/approvals.xhtml"), first.body());
        assertTrue(recipientsAbout(incident).stream().noneMatch(a -> a.equals(managerElsewhere)
                || a.startsWith("frontline@") || a.startsWith("executive@") || !a.endsWith("@bistro-nord.example")),
                "mail to someone who should not have it: " + recipientsAbout(incident));
    }

    /**
     * The mail part failing (its table away, as a database refusing its writes would) holds up neither the request
     * nor the managers' notice in the app; once it can write again, the mail goes out, once.
     */
    @Test
    void aFailingMailPartHoldsUpNeitherTheRequestNorTheNotice_andMailsOnceItRecovers() throws Exception {
        Database.update("RENAME TABLE outbound_mail TO outbound_mail_away");
        long incident;
        try {
            incident = exceptionRequest();
            String notice = "select count(*) from notification where kind = 'EXCEPTION_REQUESTED' and incident_id = ?";
            long deadline = System.currentTimeMillis() + 20_000;
            while (Database.count(notice, incident) == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertEquals(1, Database.count(notice, incident), "the notice waited for the mail part");
            while (Database.count("select count(*) from outbox_event where incident_id = ? and type = 'recovery.requested' "
                    + "and attempts > 0", incident) == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            List<Object> event = Database.query("select parts_done, dispatched_at, last_error from outbox_event "
                    + "where incident_id = ? and type = 'recovery.requested'", incident).get(0);
            assertTrue(String.valueOf(event.get(0)).contains("notices") && !String.valueOf(event.get(0)).contains("staff-mail"),
                    "parts that took the event: " + event);
            assertEquals(null, event.get(1), "dispatched although the mail part failed");
            assertTrue(String.valueOf(event.get(2)).startsWith("staff-mail:"), "the failure recorded: " + event);
            assertEquals(List.of(), recipientsAbout(incident));
        } finally {
            Database.update("RENAME TABLE outbound_mail_away TO outbound_mail");
        }
        mail.await(m -> m.subject().contains("#" + incident + ":"), 2, 60);
        Thread.sleep(4000);
        assertEquals(List.of("manager@bistro-nord.example", managerHere).stream().sorted().toList(),
                recipientsAbout(incident), "the mail after the part recovered");
        assertEquals(1, Database.count("select count(*) from notification where kind = 'EXCEPTION_REQUESTED' "
                + "and incident_id = ?", incident), "the retry wrote the notice again");
    }

    @Test
    void anotherBusinesssRequestMailsItsOwnManagerOnly() throws Exception {
        long incident = exceptionRequest("hotel-frontline", DemoData.locationIds("hotel-admin").get(0));
        mail.await(m -> m.subject().contains("#" + incident + ":"), 1, 40);
        Thread.sleep(4000);
        assertEquals(List.of("manager@hotel-adriatic.example"), recipientsAbout(incident));
    }

    @Test
    void noMailWhereTheBusinessSwitchedItOff() throws Exception {
        JsonObject settings = Api.get("/admin/settings", Keycloak.token(ADMIN)).json();
        Api.Answer off = Api.put("/admin/settings", Keycloak.token(ADMIN), Json.createObjectBuilder(settings)
                .add("mailExceptionRequestToManagers", false).build());
        assertEquals(200, off.status(), off.body());
        assertEquals(false, off.json().getBoolean("mailExceptionRequestToManagers"));
        try {
            long incident = exceptionRequest();
            // the event of the request is handed over within seconds; by then any mail would be queued and sent
            Thread.sleep(12_000);
            assertEquals(List.of(), recipientsAbout(incident), "mail although switched off");
        } finally {
            Api.Answer on = Api.put("/admin/settings", Keycloak.token(ADMIN), Json.createObjectBuilder(settings).build());
            assertEquals(200, on.status(), on.body());
        }
    }

    @Test
    void theMailSettingsAreCheckedByName() {
        JsonObject settings = Api.get("/admin/settings", Keycloak.token(ADMIN)).json();
        assertEquals(3, settings.getInt("feedbackReminderDays"));
        Api.Answer refused = Api.put("/admin/settings", Keycloak.token(ADMIN), Json.createObjectBuilder(settings)
                .add("feedbackReminderDays", 99).build());
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("feedbackReminderDays"), refused.body());
    }
}
