package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * axe-core's WCAG 2 A/AA rules over the main pages of every role, the customer's feedback page and the Keycloak
 * sign-in steps, on a phone and a desktop: no serious or critical violation. Every violation found is printed
 * (rule, impact, element), and each page is saved as a screenshot NAME-375 / NAME-1366.
 * axe.min.js comes from npm through the test command (AXE_JS, see scripts/lib.sh).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    private static final int[] WIDTHS = {375, 1366};
    private static String axe;
    private static long incident;
    private static long initiative;
    private static String feedbackLink;

    private final List<String> serious = new ArrayList<>();
    private final Map<String, Integer> byImpact = new TreeMap<>();
    private int pagesChecked;

    @BeforeAll
    static void fixtures() throws IOException {
        String file = System.getenv("AXE_JS");
        assertTrue(file != null && Files.isReadable(Path.of(file)), "AXE_JS names axe.min.js (the test command installs it)");
        axe = Files.readString(Path.of(file));
        // a case with a customer who may be asked, resolved: its feedback link; a recovery above the limit for the queue
        incident = Drafts.log("bistro-frontline", Drafts.incident("bistro-frontline", "Kald suppe " + UUID.randomUUID())
                .add("customerName", "Gjest").add("customerContact", "gjest-" + UUID.randomUUID() + "@example.no")
                .add("customerConsent", true));
        Api.Answer option = Api.post("/recovery-options", Keycloak.token("bistro-manager"), Json.createObjectBuilder()
                .add("name", "Dessert " + UUID.randomUUID()).add("type", "VOUCHER").add("monetary", true)
                .add("perIncident", "50").add("roles", Json.createArrayBuilder().add("frontline")).build());
        assertEquals(201, option.status(), option.body());
        Api.Answer above = Api.post("/incidents/" + incident + "/recoveries", Keycloak.token("bistro-frontline"),
                Json.createObjectBuilder().add("optionId", option.json().getJsonNumber("id").longValue()).add("amount", "80")
                        .add("reason", "bursdag").build());
        assertEquals(201, above.status(), above.body());
        Api.Answer promise = Api.post("/incidents/" + incident + "/promises", Keycloak.token("bistro-frontline"),
                Json.createObjectBuilder().add("what", "Ringe gjesten")
                        .add("dueAt", Instant.now().plus(2, ChronoUnit.DAYS).toString()).build());
        assertEquals(201, promise.status(), promise.body());
        Api.Answer plan = Api.post("/initiatives", Keycloak.token("bistro-manager"), Json.createObjectBuilder()
                .add("title", "Varm mat " + UUID.randomUUID()).add("problem", "Kald mat").add("rootCause", "PROCESS")
                .add("targetDropPercent", 30).add("windowDays", 14).build());
        assertEquals(201, plan.status(), plan.body());
        initiative = plan.json().getJsonNumber("id").longValue();
        long resolved = Drafts.log("bistro-frontline", Drafts.incident("bistro-frontline", "Feil bord " + UUID.randomUUID())
                .add("customerName", "Gjest").add("customerContact", "gjest-" + UUID.randomUUID() + "@example.no")
                .add("customerConsent", true));
        Api.Answer status = Api.post("/incidents/" + resolved + "/status", Keycloak.token("bistro-frontline"),
                Json.createObjectBuilder().add("to", "RESOLVED").build());
        assertEquals(200, status.status(), status.body());
        feedbackLink = status.json().getString("feedbackLink");
    }

    @Test
    void theMainPagesOfEveryRoleHaveNoSeriousViolations() {
        for (int width : WIDTHS) {
            try (Browser browser = new Browser(width, 900)) {
                signInChecking(browser, "bistro-frontline", width);
                check(browser, "home", "/", width);
                check(browser, "incident-list", "/incidents/list.xhtml", width);
                check(browser, "incident-new", "/incidents/new.xhtml", width);
                check(browser, "case", "/incidents/view.xhtml?id=" + incident, width);
                check(browser, "promises", "/incidents/promises.xhtml", width);
                check(browser, "notifications", "/notifications.xhtml", width);
            }
            try (Browser browser = new Browser(width, 900)) {
                browser.signIn("bistro-manager");
                check(browser, "approvals", "/manage/approvals.xhtml", width);
                check(browser, "options", "/manage/options.xhtml", width);
                check(browser, "initiatives-board", "/initiatives/board.xhtml", width);
                check(browser, "initiative", "/initiatives/initiative.xhtml?id=" + initiative, width);
                check(browser, "customer-search", "/customers/search.xhtml", width);
            }
            try (Browser browser = new Browser(width, 900)) {
                browser.signIn("bistro-executive");
                check(browser, "report", "/reports/compliance.xhtml", width);
                check(browser, "audit-log", "/audit/log.xhtml", width);
            }
            try (Browser browser = new Browser(width, 900)) {
                browser.signIn("bistro-admin");
                check(browser, "admin-settings", "/admin/settings.xhtml", width);
                check(browser, "admin-locations", "/admin/locations.xhtml", width);
                check(browser, "admin-staff", "/admin/staff.xhtml", width);
                check(browser, "admin-webhooks", "/admin/webhooks.xhtml", width);
            }
            try (Browser browser = new Browser(width, 900)) {
                browser.signIn("operator");
                check(browser, "operator-tenants", "/operator/tenants.xhtml", width);
            }
            try (Browser customer = new Browser(width, 900)) {
                // the page only shows its form: the link is not used up by looking at it
                customer.driver.get(feedbackLink);
                customer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback:send")));
                run(customer, "feedback", width);
            }
        }
        System.out.println("axe-core " + pagesChecked + " pages checked (" + WIDTHS.length + " widths), violations by impact: "
                + byImpact + (serious.isEmpty() ? ", none serious or critical" : ""));
        assertTrue(serious.isEmpty(), "serious or critical violations:\n" + String.join("\n", serious));
    }

    @Test
    void theFeedbackPageHasLabelledChoicesNamedScaleEndsAndLargeTargets() {
        try (Browser customer = new Browser(375, 800)) {
            customer.driver.get(feedbackLink);
            WebElement send = customer.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("feedback:send")));
            assertEquals("Bistro Nord", customer.driver.findElement(By.tagName("h1")).getText(), "the business's name heads the page");
            assertEquals(3, customer.driver.findElements(By.cssSelector("fieldset.feedback-question > legend")).size(),
                    "each question is a group with its legend");
            List<WebElement> radios = customer.driver.findElements(By.cssSelector("input[type='radio']"));
            assertEquals(2 + 5 + 11, radios.size());
            for (WebElement radio : radios) {
                WebElement next = radio.findElement(By.xpath("following-sibling::*[1]"));
                assertEquals(List.of("label", radio.getAttribute("id")), List.of(next.getTagName(), next.getAttribute("for")),
                        "the radio " + radio.getAttribute("id") + " has its label right beside it");
                WebElement target = radio.findElement(By.xpath(".."));
                assertTrue(target.getRect().getHeight() >= 44 && target.getRect().getWidth() >= 44,
                        "a choice is at least 44 px: " + target.getRect().getDimension());
            }
            assertEquals(List.of("0 = Svært usannsynlig", "10 = Svært sannsynlig"), List.of(
                    customer.driver.findElement(By.id("recommend-low")).getText(),
                    customer.driver.findElement(By.id("recommend-high")).getText()), "the 0–10 scale names its ends");
            assertEquals("Send", send.getText());
            assertTrue(send.getRect().getHeight() >= 44, "the send button is at least 44 px high: " + send.getRect().getDimension());
            // a tap on the label chooses its radio
            customer.driver.findElement(By.cssSelector("label[for='" + radios.get(2 + 5 + 9).getAttribute("id") + "']")).click();
            assertTrue(radios.get(2 + 5 + 9).isSelected(), "the label chooses 9");
            customer.screenshot("feedback-chosen-375");
        }
    }

    /** Signs in step by step, checking Keycloak's username and password pages on the way. */
    private void signInChecking(Browser browser, String user, int width) {
        browser.driver.get(Deployments.APP + "/");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        run(browser, "login-username", width);
        browser.driver.findElement(By.id("username")).sendKeys(user);
        browser.driver.findElement(By.id("kc-login")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
        run(browser, "login-password", width);
        browser.driver.findElement(By.id("password")).sendKeys("demo");
        browser.driver.findElement(By.id("kc-login")).click();
        browser.waiting().until(ExpectedConditions.urlContains(Deployments.APP));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("content")));
    }

    private void check(Browser browser, String name, String path, int width) {
        browser.driver.get(Deployments.APP + path);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("content")));
        // the skip link is the page's first stop for the keyboard and leads to the content
        WebElement first = browser.driver.findElements(By.cssSelector("a[href], button, input, select, textarea")).get(0);
        assertEquals("skip", first.getAttribute("id"), name + ": the first focusable element is the skip link");
        run(browser, name, width);
    }

    /** Runs axe in the page as it is now, records what it found, and saves the page as a screenshot. */
    private void run(Browser browser, String name, int width) {
        browser.screenshot(name + "-" + width);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        js.executeScript(axe);
        Object answer = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}, resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        targets: v.nodes.map(n => n.target.join(' '))})))))
                   .catch(e => done(JSON.stringify({error: String(e)})));
                """);
        JsonValue result = Json.createReader(new StringReader(String.valueOf(answer))).readValue();
        assertTrue(result instanceof JsonArray, name + ": axe did not run: " + answer);
        pagesChecked++;
        for (JsonValue value : (JsonArray) result) {
            JsonObject v = value.asJsonObject();
            String impact = v.getString("impact", "none");
            byImpact.merge(impact, 1, Integer::sum);
            String line = name + "-" + width + " " + v.getString("id") + " [" + impact + "] " + v.getString("help") + ": "
                    + v.getJsonArray("targets").getValuesAs(JsonValue::toString);
            System.out.println("axe " + line);
            if (impact.equals("serious") || impact.equals("critical")) {
                serious.add(line);
            }
        }
    }
}
