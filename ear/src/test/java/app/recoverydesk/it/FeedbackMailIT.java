package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The customer hears back: resolving a case mails the feedback invitation in the customer's language, from the
 * business's name, with a link that works; one reminder if it goes unanswered, none after an answer; a mail server
 * that is down delays the mail but does not lose it, nor the staff member's action.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedbackMailIT {

    private static final String STAFF = "bistro-frontline";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(Deployments.APP) + "/feedback/answer\\.xhtml\\?t=[A-Za-z0-9_-]{43}");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Two periods of the reminder sweep (every 10 s) and then some. */
    private static final int TWO_SWEEPS_SECONDS = 25;

    private static MailServer mail;

    @BeforeAll
    static void startMailServer() {
        mail = new MailServer();
    }

    @AfterAll
    static void stopMailServer() {
        mail.close();
    }

    private static String address() {
        return "guest-" + UUID.randomUUID().toString().substring(0, 8) + "@example.no";
    }

    private static long caseFor(String address, String language) {
        var body = Drafts.incident(STAFF, "Kald suppe " + UUID.randomUUID()).add("customerName", "Kari")
                .add("customerContact", address).add("customerConsent", true);
        if (language != null) {
            body.add("customerLanguage", language);
        }
        return Drafts.log(STAFF, body);
    }

    private static JsonObject resolve(long incident) {
        Api.Answer resolved = Api.post("/incidents/" + incident + "/status", Keycloak.token(STAFF),
                Json.createObjectBuilder().add("to", "RESOLVED").build());
        assertEquals(200, resolved.status(), resolved.body());
        return resolved.json();
    }

    private static String linkIn(MailServer.Mail m) {
        Matcher link = LINK.matcher(m.body());
        assertTrue(link.find(), "no feedback link in the mail: " + m.body());
        return link.group();
    }

    private static HttpResponse<String> open(String link) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(link)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> deliveries(long incident) {
        Api.Answer answer = Api.get("/incidents/" + incident + "/mail", Keycloak.token(STAFF));
        assertEquals(200, answer.status(), answer.body());
        return answer.jsonArray().stream().map(JsonValue::asJsonObject)
                .map(m -> m.getString("purpose") + " " + m.getString("delivery")).toList();
    }

    private static void answer(String link) {
        try (Browser customer = new Browser(375, 740)) {
            customer.driver.get(link);
            customer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback:send")));
            customer.driver.findElement(By.cssSelector("input[name='feedback:solved'][value='true']")).click();
            customer.driver.findElement(By.cssSelector("input[name='feedback:satisfaction'][value='5']")).click();
            customer.driver.findElement(By.cssSelector("input[name='feedback:recommend'][value='9']")).click();
            customer.driver.findElement(By.id("feedback:send")).click();
            customer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback-thanks")));
        }
    }

    @Test
    void resolvingMailsOneInvitationInTheCustomersLanguage_fromTheBusiness_withAWorkingLink() throws Exception {
        record Expected(String language, String subjectWords, String greeting) {
        }
        List<String> invited = new java.util.ArrayList<>();
        for (Expected expected : List.of(new Expected("nb", "fikk vi rettet det opp", "Hei Kari"),
                new Expected("ru", "удалось ли нам всё исправить", "Здравствуйте, Kari!"))) {
            String to = address();
            invited.add(to);
            long incident = caseFor(to, expected.language());
            assertEquals(expected.language(), Api.get("/incidents/" + incident, Keycloak.token(STAFF)).json()
                    .getJsonObject("incident").getJsonObject("customer").getString("language"));
            String staffLink = resolve(incident).getString("feedbackLink");

            List<MailServer.Mail> invitations = mail.await(m -> m.to().contains(to), 1, 30);
            assertEquals(1, invitations.size(), "invitations to " + to + ": " + invitations);
            MailServer.Mail invitation = invitations.get(0);
            assertEquals("Bistro Nord: " + expected.subjectWords() + "?", invitation.subject());
            assertEquals(List.of("Bistro Nord", "recovery-desk@localhost"), List.of(invitation.fromName(), invitation.fromAddress()));
            assertTrue(invitation.body().startsWith(expected.greeting()), invitation.body());
            String link = linkIn(invitation);
            assertEquals(staffLink, link, "the mail carries another link than staff were shown");

            HttpResponse<String> page = open(link);
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Bistro Nord") && page.body().contains("feedback:send")
                    && page.body().contains("lang=\"" + expected.language() + "\""), page.body());
            assertEquals(List.of("INVITATION SENT"), deliveries(incident));
        }
        Thread.sleep(3000);
        for (String to : invited) {
            assertEquals(1, mail.to(to).size(), "the invitation to " + to + " went twice");
        }
    }

    @Test
    void anUnknownCustomerLanguageIsRefusedByName() {
        Api.Answer refused = Api.post("/incidents", Keycloak.token(STAFF), Drafts.incident(STAFF, "Bad language")
                .add("customerName", "Kari").add("customerLanguage", "xx").build());
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("customerLanguage"), refused.body());
    }

    @Test
    void anUnansweredInvitationIsRemindedOnce_andAnAnsweredOneNever() throws Exception {
        String waiting = address();
        long unanswered = caseFor(waiting, null);
        resolve(unanswered);
        String answered = address();
        long answeredCase = caseFor(answered, null);
        resolve(answeredCase);
        assertEquals(1, mail.await(m -> m.to().contains(waiting), 1, 30).size());
        String answeredLink = linkIn(mail.await(m -> m.to().contains(answered), 1, 30).get(0));
        answer(answeredLink);

        // both invitations are older than the business's three days
        Database.update("update feedback_link set created_at = timestampadd(DAY, -4, created_at) where incident_id in (?, ?)",
                unanswered, answeredCase);
        List<MailServer.Mail> mails = mail.await(m -> m.to().contains(waiting), 2, 30);
        assertEquals(2, mails.size(), "no reminder: " + mails);
        MailServer.Mail reminder = mails.get(1);
        assertEquals("Bistro Nord: en liten påminnelse", reminder.subject());
        String invitationLink = linkIn(mails.get(0));
        String reminderLink = linkIn(reminder);
        assertTrue(!reminderLink.equals(invitationLink), "the reminder repeats the first link");
        assertEquals(List.of("INVITATION SENT", "REMINDER SENT"), deliveries(unanswered));

        Thread.sleep(TWO_SWEEPS_SECONDS * 1000L);
        assertEquals(2, mail.to(waiting).size(), "more than one reminder: " + mail.to(waiting));
        assertEquals(1, mail.to(answered).size(), "a reminder after the answer: " + mail.to(answered));

        // the reminder's link answers; then neither link takes another answer
        answer(reminderLink);
        assertTrue(open(invitationLink).body().contains("feedback-invalid"), "the first link still takes an answer");
        assertTrue(open(reminderLink).body().contains("feedback-invalid"), "the reminder's link takes another answer");
        assertEquals(List.of("INVITATION ANSWERED", "REMINDER ANSWERED"), deliveries(unanswered));
        assertEquals(1, Api.get("/incidents/" + unanswered + "/feedback", Keycloak.token(STAFF)).jsonArray().size());
    }

    @Test
    void whileTheMailServerIsDownTheCaseStillResolves_andTheInvitationGoesOnceItIsBack() throws Exception {
        String to = address();
        long incident = caseFor(to, "nb");
        mail.stop();
        try {
            assertTrue(resolve(incident).getString("feedbackLink").contains("/feedback/answer.xhtml?t="));
            long deadline = System.currentTimeMillis() + 20_000;
            while (!deliveries(incident).equals(List.of("INVITATION RETRYING")) && System.currentTimeMillis() < deadline) {
                Thread.sleep(250);
            }
            assertEquals(List.of("INVITATION RETRYING"), deliveries(incident));
        } finally {
            mail.start();
        }
        List<MailServer.Mail> arrived = mail.await(m -> m.to().contains(to), 1, 60);
        assertEquals(1, arrived.size(), "the invitation did not arrive after the outage");
        assertEquals(200, open(linkIn(arrived.get(0))).statusCode());
        assertEquals(List.of("INVITATION SENT"), deliveries(incident));
        Thread.sleep(3000);
        assertEquals(1, mail.to(to).size(), "the invitation went twice");
    }

    @Test
    void theCasePageShowsTheLinkWithACopyButtonAndAQrCode_andTheMailsDelivery() throws Exception {
        String to = address();
        long incident = caseFor(to, "nb");
        try (Browser staff = new Browser(1280, 900)) {
            staff.signIn(STAFF);
            staff.driver.get(Deployments.APP + "/incidents/view.xhtml?id=" + incident);
            staff.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-status='RESOLVED']"))).click();
            String link = staff.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback-link-text")))
                    .getAttribute("value");
            assertTrue(LINK.matcher(link).matches(), link);
            assertEquals(1, staff.driver.findElements(By.cssSelector("#feedback-link-qr svg path")).size(), "no QR code");
            staff.driver.findElement(By.id("feedback-link-copy")).click();
            staff.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback-link-copied")));
            staff.screenshot("feedback-link-qr");

            assertEquals(1, mail.await(m -> m.to().contains(to), 1, 30).size());
            staff.driver.get(Deployments.APP + "/incidents/view.xhtml?id=" + incident);
            assertEquals("SENT", staff.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".customer-mail[data-purpose='INVITATION']"))).getAttribute("data-delivery"));
            assertTrue(staff.driver.findElements(By.id("feedback-link")).isEmpty(), "the link shows again");
        }
    }
}
