package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The customer's answer after a recovery, through a single-use, expiring link that reveals nothing else. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedbackIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static long caseFor(String user, String what, boolean consent) {
        return Drafts.log(user, Drafts.incident(user, what).add("customerName", "Guest")
                .add("customerContact", "guest-" + UUID.randomUUID() + "@example.no").add("customerConsent", consent));
    }

    private static JsonObject resolve(String user, long incident) {
        Api.Answer resolved = Api.post("/incidents/" + incident + "/status", Keycloak.token(user),
                Json.createObjectBuilder().add("to", "RESOLVED").build());
        assertEquals(200, resolved.status(), resolved.body());
        return resolved.json();
    }

    private static HttpResponse<String> open(String link) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(link)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String status(String user, long incident) {
        return Api.get("/incidents/" + incident, Keycloak.token(user)).json().getJsonObject("incident").getString("status");
    }

    @Test
    void aDissatisfiedCustomerReopensTheCaseAndAlertsTheManagers() throws Exception {
        String what = "Kald biff " + UUID.randomUUID();
        long incident = caseFor("bistro-frontline", what, true);
        String link = resolve("bistro-frontline", incident).getString("feedbackLink");
        assertTrue(link.contains("/feedback/answer.xhtml?t="), link);

        try (Browser customer = new Browser(375, 740)) {
            customer.driver.get(link);
            assertEquals("Bistro Nord", customer.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("business"))).getText());
            assertEquals("nb", customer.driver.findElement(By.tagName("html")).getAttribute("lang"));
            assertFalse(customer.driver.getPageSource().contains(what), "the page shows the case's text");
            customer.driver.findElement(By.cssSelector("input[name='feedback:solved'][value='false']")).click();
            customer.driver.findElement(By.cssSelector("input[name='feedback:satisfaction'][value='1']")).click();
            customer.driver.findElement(By.cssSelector("input[name='feedback:recommend'][value='2']")).click();
            customer.driver.findElement(By.id("feedback:comment")).sendKeys("Fortsatt kald");
            customer.driver.findElement(By.id("feedback:send")).click();
            customer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback-thanks")));
        }

        assertEquals("REOPENED", status("bistro-frontline", incident));
        JsonObject answer = Api.get("/incidents/" + incident + "/feedback", Keycloak.token("bistro-manager")).jsonArray().getJsonObject(0);
        assertEquals(List.of(false, 1, 2, "Fortsatt kald"), List.of(answer.getBoolean("solved"), answer.getInt("satisfaction"),
                answer.getInt("recommend"), answer.getString("comment")));
        // the notice follows the answer's commit, from the outbox
        String notices = "select count(*) from notification where kind = 'FEEDBACK_DISSATISFIED' "
                + "and incident_id = ? and recipient_role = 'manager'";
        long deadline = System.currentTimeMillis() + 20_000;
        while (Database.count(notices, incident) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(1, Database.count(notices, incident));
    }

    @Test
    void usedExpiredForgedOrMalformedLinksGetAFriendlyPageAndNoData() throws Exception {
        long incident = caseFor("hotel-frontline", "Noise " + UUID.randomUUID(), true);
        String link = resolve("hotel-frontline", incident).getString("feedbackLink");
        HttpResponse<String> valid = open(link);
        assertEquals(200, valid.statusCode());
        assertTrue(valid.body().contains("Hotel Adriatic") && !valid.body().contains("Bistro"), "another tenant shows");

        Database.update("update feedback_link set expires_at = '2020-01-01' where incident_id = ?", incident);
        assertInvalid(open(link));

        String forged = link.substring(0, link.indexOf("t=") + 2) + "A".repeat(43);
        assertInvalid(open(forged));
        assertInvalid(open(link.substring(0, link.indexOf("t=") + 2) + "not-a-token"));
        assertInvalid(open(link.substring(0, link.indexOf("?"))));
    }

    @Test
    void aUsedLinkCannotAnswerAgain_andNoLinkWithoutConsent() {
        long incident = caseFor("bistro-frontline", "Slow " + UUID.randomUUID(), true);
        String link = resolve("bistro-frontline", incident).getString("feedbackLink");
        try (Browser customer = new Browser(1280, 900)) {
            customer.driver.get(link);
            customer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback:send")));
            customer.driver.findElement(By.cssSelector("input[name='feedback:solved'][value='true']")).click();
            customer.driver.findElement(By.cssSelector("input[name='feedback:satisfaction'][value='5']")).click();
            customer.driver.findElement(By.cssSelector("input[name='feedback:recommend'][value='10']")).click();
            customer.driver.findElement(By.id("feedback:send")).click();
            customer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback-thanks")));

            customer.driver.get(link);
            customer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback-invalid")));
        }
        assertEquals("RESOLVED", status("bistro-frontline", incident), "a satisfied answer reopened the case");
        assertEquals(1, Api.get("/incidents/" + incident + "/feedback", Keycloak.token("bistro-frontline")).jsonArray().size());

        long anonymous = caseFor("bistro-frontline", "No consent " + UUID.randomUUID(), false);
        JsonObject resolved = resolve("bistro-frontline", anonymous);
        assertTrue(!resolved.containsKey("feedbackLink") || resolved.isNull("feedbackLink"), "a link without consent");
    }

    @Test
    void aLinkOpenedInAStaffMembersBrowserStillActsForTheCustomerOnly() {
        long incident = caseFor("bistro-frontline", "Wrong dish " + UUID.randomUUID(), true);
        String link = resolve("bistro-frontline", incident).getString("feedbackLink");
        try (Browser staff = new Browser(1280, 900)) {
            staff.signIn("hotel-frontline");
            staff.driver.get(link);
            assertEquals("Bistro Nord", staff.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("business"))).getText());
            assertFalse(staff.driver.getPageSource().contains("Hotel Adriatic"), "the staff member's tenant shows");
        }
    }

    @Test
    void aUsedOrExpiredLinkSaysSoInTheBusinesssLanguage() throws Exception {
        long incident = caseFor("bistro-frontline", "Feil vin " + UUID.randomUUID(), true);
        String link = resolve("bistro-frontline", incident).getString("feedbackLink");
        try (Browser customer = new Browser(375, 740)) {
            answer(customer, link, "true", "5", "10", null);
            customer.driver.get(link);
            assertEquals("Denne lenken kan ikke lenger brukes", customer.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("feedback-invalid"))).getText());
            assertEquals("nb", customer.driver.findElement(By.tagName("html")).getAttribute("lang"));
        }
        Database.update("update feedback_link set used_at = null, expires_at = '2020-01-01' where incident_id = ?", incident);
        HttpResponse<String> expired = open(link);
        assertInvalid(expired);
        assertTrue(expired.body().contains("lang=\"nb\"") && expired.body().contains("Denne lenken kan ikke lenger brukes"),
                expired.body());
    }

    @Test
    void aCommentLongerThanItsColumnIsAMessageOnThePage_inTheBusinesssLanguage() {
        long incident = caseFor("bistro-frontline", "Lang kommentar " + UUID.randomUUID(), true);
        String link = resolve("bistro-frontline", incident).getString("feedbackLink");
        String tooLong = "å".repeat(2001);
        try (Browser customer = new Browser(375, 740)) {
            answer(customer, link, "false", "2", "3", tooLong);
            WebElement message = customer.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("feedback:comment-message")));
            assertTrue(message.getText().startsWith("Kommentaren er for lang"), message.getText());
            assertEquals(tooLong, customer.driver.findElement(By.id("feedback:comment")).getAttribute("value"),
                    "the comment is kept");
            assertTrue(customer.driver.findElements(By.id("signout")).isEmpty(), "a staff link for the customer");
            customer.screenshot("feedback-too-long");

            // shortened, the same link still takes the answer
            setComment(customer, "å".repeat(2000));
            customer.driver.findElement(By.id("feedback:send")).click();
            customer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback-thanks")));
        }
        JsonObject answer = Api.get("/incidents/" + incident + "/feedback", Keycloak.token("bistro-manager")).jsonArray()
                .getJsonObject(0);
        assertEquals(2000, answer.getString("comment").length());
    }

    @Test
    void anErrorPageACustomerMeetsHasNoStaffHeader() throws Exception {
        HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.APP + "/feedback/nothing.xhtml"))
                .header("Accept", "text/html").header("Accept-Language", "nb-NO,nb;q=0.9,en;q=0.5").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Ikke funnet") && missing.body().contains("lang=\"nb\""), missing.body());
        assertFalse(missing.body().contains("signout") || missing.body().contains("Logg ut")
                || missing.body().contains("tenant-name"), missing.body());
    }

    /** Answers the form of a link; a comment goes in as the customer pastes it (past the field's maxlength). */
    private static void answer(Browser customer, String link, String solved, String satisfaction, String recommend,
                               String comment) {
        customer.driver.get(link);
        customer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback:send")));
        customer.driver.findElement(By.cssSelector("input[name='feedback:solved'][value='" + solved + "']")).click();
        customer.driver.findElement(By.cssSelector("input[name='feedback:satisfaction'][value='" + satisfaction + "']")).click();
        customer.driver.findElement(By.cssSelector("input[name='feedback:recommend'][value='" + recommend + "']")).click();
        if (comment != null) {
            setComment(customer, comment);
        }
        customer.driver.findElement(By.id("feedback:send")).click();
        if (comment == null) {
            customer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback-thanks")));
        }
    }

    private static void setComment(Browser customer, String comment) {
        ((JavascriptExecutor) customer.driver).executeScript("document.getElementById('feedback:comment').value = arguments[0]",
                comment);
    }

    private static void assertInvalid(HttpResponse<String> page) {
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("feedback-invalid"), page.body());
        assertFalse(page.body().contains("Hotel Adriatic") || page.body().contains("Bistro"), "a bad link shows data");
    }
}
