package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The incident list as frontline staff use it: its filters, sort and page in the address (a reload, a saved view and a
 * shared link show the same list), Clear, the empty result, compact rows on a phone, and the search by customer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncidentListIT {

    private static final String USER = "bistro-frontline";
    private static final String LIST = Deployments.APP + "/incidents/list.xhtml";
    /** In 25 incidents' texts: a search for it has two pages, 20 and 5. */
    private static final String MARK = "liste" + UUID.randomUUID().toString().substring(0, 8);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    @BeforeAll
    static void twentyFiveIncidents() {
        // one after the other: "oldest first" puts number 21 to 25 on page 2
        IntStream.rangeClosed(1, 25).forEach(n -> Drafts.log(USER, Drafts.incident(USER, "Kald suppe " + MARK + " nr" + n)));
    }

    @Test
    void filtersSortAndPageSurviveAReloadAndASavedViewBringsThemBackForItsOwnerOnly() {
        String view = "Eldste " + MARK;
        try (Browser browser = new Browser(1366, 900)) {
            browser.signIn(USER);
            browser.driver.get(LIST);
            assertTrue(browser.driver.findElement(By.id("filters")).getDomAttribute("open") != null,
                    "the filters are folded on a wide screen");
            browser.driver.findElement(By.id("list:text")).sendKeys(MARK);
            new Select(browser.driver.findElement(By.id("list:status"))).selectByValue("OPEN");
            date(browser, "list:from", TODAY.minusDays(1));
            date(browser, "list:to", TODAY.plusDays(1));
            new Select(browser.driver.findElement(By.id("list:sort"))).selectByValue("OLDEST");
            browser.driver.findElement(By.id("list:apply")).click();
            browser.waiting().until(ExpectedConditions.urlContains("sort=OLDEST"));
            assertEquals(20, rows(browser).size());
            assertTrue(rows(browser).get(0).getText().contains(MARK + " nr1"), rows(browser).get(0).getText());

            browser.driver.findElement(By.id("list:next")).click();
            browser.waiting().until(ExpectedConditions.urlContains("page=2"));
            String page2 = browser.driver.getCurrentUrl();
            for (String part : List.of("q=" + MARK, "status=OPEN", "from=" + TODAY.minusDays(1), "to=" + TODAY.plusDays(1))) {
                assertTrue(page2.contains(part), part + " is not in the address " + page2);
            }
            browser.driver.navigate().refresh();
            assertEquals(List.of("nr21", "nr22", "nr23", "nr24", "nr25"), numbers(browser), "page 2 after a reload");
            assertFilters(browser, MARK, "OPEN", norwegian(TODAY.minusDays(1)), norwegian(TODAY.plusDays(1)), "OLDEST");
            browser.screenshot("list-1366");

            // a shared link: the same list for someone else of the business
            try (Browser colleague = new Browser(1366, 900)) {
                colleague.signIn("bistro-manager");
                colleague.driver.get(page2);
                assertEquals(List.of("nr21", "nr22", "nr23", "nr24", "nr25"), numbers(colleague), "the shared link's list");
                assertFalse(colleague.driver.getPageSource().contains(view), "another user sees the view before it exists");
            }

            // save the list as a view; it is there after a reload and brings the filters back from a bare list
            browser.driver.findElement(By.cssSelector("#save-view summary")).click();
            browser.driver.findElement(By.id("views:name")).sendKeys(view);
            browser.driver.findElement(By.id("views:saveView")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.linkText(view)));
            browser.driver.get(LIST);
            assertFilters(browser, "", "", "", "", "NEWEST");
            browser.driver.findElement(By.linkText(view)).click();
            browser.waiting().until(ExpectedConditions.urlContains("sort=OLDEST"));
            assertFilters(browser, MARK, "OPEN", norwegian(TODAY.minusDays(1)), norwegian(TODAY.plusDays(1)), "OLDEST");
            assertEquals(20, rows(browser).size());
            assertEquals("true", browser.driver.findElement(By.linkText(view)).getDomAttribute("aria-current"));

            // Clear: every filter, the dates and the sort too, and the whole list
            browser.driver.findElement(By.id("list:clear")).click();
            browser.waiting().until(ExpectedConditions.urlToBe(LIST));
            assertFilters(browser, "", "", "", "", "NEWEST");
            long all = Api.get("/incidents?limit=1", Keycloak.token(USER)).json().getJsonNumber("total").longValue();
            assertTrue(browser.driver.findElement(By.id("list-count")).getText().endsWith("/ " + all),
                    "not the whole list after Clear: " + browser.driver.findElement(By.id("list-count")).getText());

            // nothing matches: said so, with a way back
            browser.driver.findElement(By.id("list:text")).sendKeys(MARK + "ingen");
            browser.driver.findElement(By.id("list:search")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("empty-filtered")));
            assertTrue(browser.driver.findElements(By.id("empty-none")).isEmpty(), "an empty result says there are no incidents");
            browser.driver.findElement(By.id("list:clear-empty")).click();
            browser.waiting().until(ExpectedConditions.urlToBe(LIST));
            assertEquals(20, rows(browser).size());
        }
        assertEquals(1, Database.count("select count(*) from saved_view where username = ? and name = ? and tenant_id = ?",
                USER, view, DemoData.tenantId(DemoData.BISTRO)));

        try (Browser colleague = new Browser(1366, 900)) {
            colleague.signIn("bistro-manager");
            colleague.driver.get(LIST);
            assertFalse(colleague.driver.getPageSource().contains(view), "another user of the business sees the view");
        }

        // deleting asks first
        try (Browser browser = new Browser(1366, 900)) {
            browser.signIn(USER);
            browser.driver.get(LIST);
            WebElement chip = browser.driver.findElement(By.xpath("//span[contains(@class, 'saved-view')][a[.='" + view + "']]"));
            chip.findElement(By.cssSelector(".saved-view-delete")).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("views:confirm-yes"))).click();
            browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.linkText(view)));
        }
        assertEquals(0, Database.count("select count(*) from saved_view where name = ?", view));
    }

    @Test
    void onAPhoneRowsAreCompactAndWhollyTappableAndTheFiltersFoldedBehindOneButton() {
        try (Browser browser = new Browser(375, 812)) {
            browser.signIn(USER);
            browser.driver.get(LIST + "?q=" + MARK + "&status=OPEN&sort=OLDEST");
            browser.screenshot("list-375");
            WebElement fold = browser.driver.findElement(By.id("filters"));
            assertTrue(fold.getDomAttribute("open") == null, "the filters are not folded on a phone");
            assertEquals("Filtre (1)", browser.driver.findElement(By.id("filters-toggle")).getText(),
                    "the button does not say how many filters are on");
            assertEquals(20, rows(browser).size());
            for (WebElement row : rows(browser)) {
                assertTrue(row.getSize().getHeight() <= 80, "a row is more than two lines: " + row.getSize().getHeight()
                        + " px, " + row.getText());
                assertTrue(row.findElement(By.cssSelector(".badge.severity-HIGH")).getText().length() > 0,
                        "the severity badge has no text");
                assertEquals("Åpen", row.findElement(By.cssSelector(".badge.status-OPEN")).getText());
            }
            Object overflow = ((JavascriptExecutor) browser.driver).executeScript(
                    "const w = document.documentElement.clientWidth;"
                    + "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1)"
                    + ".map(e => e.tagName + '.' + e.className).slice(0, 5).join(' ');");
            assertEquals("", overflow, "elements wider than the phone");

            browser.driver.findElement(By.id("filters-toggle")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("list:status")));
            assertEquals("OPEN", new Select(browser.driver.findElement(By.id("list:status"))).getFirstSelectedOption()
                    .getDomAttribute("value"));
            browser.screenshot("list-filters-375");

            // a tap on the row's status badge, far from the text's link, opens the case
            WebElement badge = rows(browser).get(0).findElement(By.cssSelector(".badge"));
            new Actions(browser.driver).moveToElement(badge).click().perform();
            browser.waiting().until(ExpectedConditions.urlContains("/incidents/view.xhtml"));

            // an address with values the list does not know: a message, the rest still applies, never an error page
            browser.driver.get(LIST + "?q=" + MARK + "&status=SHOUTING&page=x&from=igaar");
            String messages = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("list:filterMessages"))).getText();
            assertTrue(messages.contains("Status") && messages.contains("Fra") && messages.contains("Side"), messages);
            assertEquals(20, rows(browser).size());
        }
    }

    @Test
    void theSearchFindsCasesByTheirCustomersNameEmailAndPhoneButNeverAnErasedCustomers() {
        String tag = "kunde" + UUID.randomUUID().toString().substring(0, 8);
        String local = "9" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        String phone = "+47 " + local.substring(0, 3) + " " + local.substring(3, 5) + " " + local.substring(5);
        long byPhone = Drafts.log(USER, withCustomer(Drafts.incident(USER, "Feil bord"), "Ingrid Solberg" + tag, phone));
        long byEmail = Drafts.log(USER, withCustomer(Drafts.incident(USER, "Feil regning"), "Per Hansen",
                "per." + tag + "@example.no"));
        String token = Keycloak.token(USER);

        assertEquals(List.of(byPhone), found("solberg" + tag, token), "by the customer's name");
        assertEquals(List.of(byPhone), found(local, token), "by the phone number without the country code");
        assertEquals(List.of(byPhone), found(phone, token), "by the phone number as typed");
        assertEquals(List.of(byEmail), found("per." + tag + "@example.no", token), "by the e-mail address");
        assertEquals(List.of(), found(tag, Keycloak.token("hotel-frontline")), "another business finds the customer");

        // the same customer tells a new name: their earlier case is found by it, and no longer by the old one
        Drafts.log(USER, withCustomer(Drafts.incident(USER, "Feil vin"), "Ingrid Berg" + tag, phone));
        assertEquals(2, found("berg" + tag, token).size());
        assertEquals(List.of(), found("solberg" + tag, token), "the old name still finds the case");

        try (Browser browser = new Browser(1366, 900)) {
            browser.signIn(USER);
            browser.driver.get(LIST);
            browser.driver.findElement(By.id("list:text")).sendKeys("per." + tag + "@example.no");
            browser.driver.findElement(By.id("list:search")).click();
            browser.waiting().until(ExpectedConditions.urlContains("q="));
            assertEquals(List.of("Feil regning"), rows(browser).stream().map(r -> r.findElement(By.cssSelector(".incident-link"))
                    .getText()).toList());
            browser.driver.get(LIST + "?q=" + URLEncoder.encode(local, StandardCharsets.UTF_8));
            assertEquals(2, rows(browser).size(), "the phone number's cases in the page");
        }

        long customer = Api.get("/incidents/" + byEmail, token).json().getJsonObject("incident").getJsonObject("customer")
                .getJsonNumber("id").longValue();
        Api.Answer erased = Api.post("/customers/" + customer + "/erase", Keycloak.token("bistro-admin"),
                Json.createObjectBuilder().add("confirm", "ERASE").build());
        assertEquals(200, erased.status(), erased.body());
        assertEquals(List.of(), found("per." + tag + "@example.no", token), "an erased customer is found");
        assertEquals(List.of(), found("hansen " + tag, token), "an erased customer is found by name");
    }

    private static List<Long> found(String q, String token) {
        Api.Answer answer = Api.get("/incidents?limit=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), token);
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    private static JsonObjectBuilder withCustomer(JsonObjectBuilder draft, String name, String contact) {
        JsonObject customer = Json.createObjectBuilder().add("customerName", name).add("customerContact", contact)
                .add("customerConsent", true).build();
        customer.forEach(draft::add);
        return draft;
    }

    private static List<WebElement> rows(Browser browser) {
        return browser.driver.findElements(By.cssSelector("#list\\:incidents tbody tr"));
    }

    /** The "nrN" of each row shown. */
    private static List<String> numbers(Browser browser) {
        return rows(browser).stream().map(r -> r.findElement(By.cssSelector(".incident-link")).getText())
                .map(t -> t.substring(t.lastIndexOf(' ') + 1)).toList();
    }

    /** Types the day the way a Norwegian writes it: the field is in the business's language, not the browser's. */
    private static void date(Browser browser, String id, LocalDate day) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(norwegian(day));
    }

    private static String norwegian(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    private static void assertFilters(Browser browser, String text, String status, String from, String to, String sort) {
        assertEquals(text, browser.driver.findElement(By.id("list:text")).getDomProperty("value"), "the search text");
        assertEquals(status, browser.driver.findElement(By.id("list:status")).getDomProperty("value"), "the status");
        assertEquals(from, browser.driver.findElement(By.id("list:from")).getDomProperty("value"), "from");
        assertEquals(to, browser.driver.findElement(By.id("list:to")).getDomProperty("value"), "to");
        assertEquals(sort, browser.driver.findElement(By.id("list:sort")).getDomProperty("value"), "the sort");
    }
}
