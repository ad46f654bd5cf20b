package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
import org.openqa.selenium.support.ui.Select;

/**
 * A waiter's shift at Bistro Nord, on a phone and at a desk: log the incident, land on its case, grant a recovery,
 * record a promise — counting every tap. Dates are written the Norwegian way and mean Oslo's time whatever the
 * browser's; promise owners are picked from the business's staff, not typed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FrontlineDayIT {

    private static final String WAITER = "bistro-frontline";
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Test
    void onAPhone_logGrantAndPromiseInUnderTwelveTaps() throws Exception {
        shift(375, 812, "375");
    }

    @Test
    void atADesk_logGrantAndPromiseInUnderTwelveTaps() throws Exception {
        shift(1366, 900, "1366");
    }

    /** The whole flow; a tap is a click or a choice in a list, typing into a field one tap for focusing it. */
    private static void shift(int width, int height, String size) throws Exception {
        List<Long> locations = DemoData.locationIds("bistro-admin");
        long own = locations.get(0);
        String what = "Feil vin servert " + UUID.randomUUID().toString().substring(0, 8);
        String promised = "Ringer gjesten i morgen " + size;
        try (AutoCloseable assigned = DemoData.assignLocations("bistro-admin", WAITER, own);
             Browser browser = new Browser(width, height)) {
            browser.signIn(WAITER);
            int taps = 0;

            browser.driver.findElement(By.id("log-incident")).click();
            taps++;
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("incident:save")));
            Select location = new Select(browser.driver.findElement(By.id("incident:locationId")));
            assertEquals(String.valueOf(own), location.getFirstSelectedOption().getAttribute("value"),
                    "the waiter's own location is not chosen");
            assertEquals(1, location.getOptions().stream().filter(o -> !o.getAttribute("value").isEmpty()).count(),
                    "other locations are offered to a waiter of one location: " + location.getOptions().size());
            String occurred = browser.driver.findElement(By.id("incident:occurredAt")).getAttribute("value");
            LocalDateTime shown = LocalDateTime.parse(occurred, NORWEGIAN);
            assertTrue(Duration.between(shown, LocalDateTime.now(OSLO)).abs().toMinutes() <= 2,
                    "the time of the incident is not now in Oslo, written the Norwegian way: " + occurred);
            assertEquals("MEDIUM", new Select(browser.driver.findElement(By.id("incident:severity")))
                    .getFirstSelectedOption().getAttribute("value"));
            browser.screenshot("log-" + size);

            new Select(browser.driver.findElement(By.id("incident:categoryId"))).selectByIndex(1);
            taps++;
            new Select(browser.driver.findElement(By.id("incident:rootCause"))).selectByValue("EMPLOYEE");
            taps++;
            browser.driver.findElement(By.id("incident:whatHappened")).sendKeys(what);
            taps++;
            browser.driver.findElement(By.id("incident:save")).click();
            taps++;

            // the new case, its next steps first, the message under the heading
            WebElement option = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("grant:optionId")));
            assertTrue(browser.driver.getCurrentUrl().contains("/incidents/view.xhtml?id="), browser.driver.getCurrentUrl());
            assertEquals(what, browser.driver.findElement(By.id("whatHappened")).getText(), "not the new case");
            WebElement heading = browser.driver.findElement(By.tagName("h1"));
            WebElement message = browser.driver.findElement(By.id("messages"));
            assertTrue(message.getText().contains("Hendelsen er registrert"), message.getText());
            assertTrue(message.getRect().getY() >= heading.getRect().getY() + heading.getRect().getHeight(),
                    "the message is not under the heading");
            assertTrue(browser.driver.findElements(By.cssSelector(".ui-growl-item")).isEmpty(),
                    "a growl covers the heading");
            long fold = (Long) ((JavascriptExecutor) browser.driver).executeScript("return window.innerHeight");
            for (String id : new String[] {"grant:optionId", "grant:amount", "promise:what"}) {
                WebElement field = browser.driver.findElement(By.id(id));
                assertTrue(field.getRect().getY() + field.getRect().getHeight() <= fold,
                        id + " is below the fold of " + fold + " px at " + field.getRect().getY());
            }
            assertEquals(0L, ((JavascriptExecutor) browser.driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth"),
                    "the case page is wider than the screen");
            browser.screenshot("case-" + size);

            new Select(option).getOptions().stream().filter(o -> o.getText().startsWith("Fjern retten fra regningen"))
                    .findFirst().orElseThrow(() -> new AssertionError("no such option in " + option.getText())).click();
            taps++;
            browser.driver.findElement(By.id("grant:amount")).sendKeys("100");
            taps++;
            browser.driver.findElement(By.id("grant:submit")).click();
            taps++;
            // granted at once, or asked of a manager where other tests used up the day's limit: either way one step
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("li.recovery[data-status='GRANTED'], li.recovery[data-status='PENDING']")));

            // the promise is the waiter's own, due in an hour or two, unless they choose otherwise
            Select owner = new Select(browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("promise:owner"))));
            assertEquals("Kari Nordmann (bistro-frontline)", owner.getFirstSelectedOption().getText());
            LocalDateTime due = LocalDateTime.parse(browser.driver.findElement(By.id("promise:due")).getAttribute("value"),
                    NORWEGIAN);
            long ahead = Duration.between(LocalDateTime.now(OSLO), due).toMinutes();
            assertTrue(ahead >= 55 && ahead <= 120, "the proposed due time is " + ahead + " minutes ahead");
            browser.driver.findElement(By.id("promise:what")).sendKeys(promised);
            taps++;
            browser.driver.findElement(By.id("promise:make")).click();
            taps++;
            WebElement promise = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//li[contains(@class, 'promise') and contains(., '" + promised + "')]")));
            assertTrue(promise.getText().contains(WAITER), promise.getText());
            browser.screenshot("case-done-" + size);

            // the waiter's own promise in "My promises", its button saying what it does
            browser.driver.get(Deployments.APP + "/incidents/promises.xhtml");
            WebElement mine = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//tr[td[contains(., '" + promised + "')]]")));
            assertEquals("Merk løftet som holdt", mine.findElement(By.cssSelector("button[id$=':keep']")).getText());
            browser.screenshot("promises-" + size);

            System.out.println("FrontlineDayIT: log → case → grant → promise at " + size + " px took " + taps + " taps");
            assertTrue(taps < 12, taps + " taps");
        }
    }

    @Test
    void aPromiseDueTheNorwegianWayMeansOsloTime_itsOwnerIsPickedFromTheStaff_andKeptByItsButton() {
        long incident = Drafts.log(WAITER, Drafts.incident(WAITER, "Kald pizza " + UUID.randomUUID()));
        String what = "Ny pizza på huset " + UUID.randomUUID().toString().substring(0, 6);
        LocalDateTime due = LocalDateTime.now(OSLO).plusDays(3).withHour(18).withMinute(30).truncatedTo(ChronoUnit.MINUTES);
        try (Browser browser = new Browser(1366, 900)) {
            browser.signIn(WAITER);
            browser.driver.get(Deployments.APP + "/incidents/view.xhtml?id=" + incident);
            Select owner = new Select(browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("promise:owner"))));
            List<String> offered = owner.getOptions().stream().map(WebElement::getText).toList();
            assertTrue(offered.contains("Ola Hansen (bistro-manager)") && offered.contains("Kari Nordmann (bistro-frontline)"),
                    "the staff are not offered by name: " + offered);
            assertFalse(offered.stream().anyMatch(o -> o.contains("hotel-") || o.contains("rental-")),
                    "another business's staff are offered: " + offered);
            owner.selectByVisibleText("Ola Hansen (bistro-manager)");
            browser.driver.findElement(By.id("promise:what")).sendKeys(what);

            // a day that does not exist: refused on the page in Norwegian, the text kept
            WebElement dueField = browser.driver.findElement(By.id("promise:due"));
            dueField.clear();
            dueField.sendKeys("31.02." + due.getYear() + " 18:30");
            browser.driver.findElement(By.id("promise:make")).click();
            dueField = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("promise:due")));
            assertEquals("31.02." + due.getYear() + " 18:30", dueField.getAttribute("value"));
            assertTrue(browser.driver.findElement(By.id("promise")).getText().contains("Skriv dato og klokkeslett slik"),
                    browser.driver.findElement(By.id("promise")).getText());

            // as Norwegians write it, with "kl." and a dot in the time
            dueField.clear();
            dueField.sendKeys(due.format(DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' HH.mm")));
            browser.driver.findElement(By.id("promise:make")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//li[contains(@class, 'promise') and contains(., '" + what + "')]")));

            JsonObject made = Api.get("/incidents/" + incident + "/promises", Keycloak.token(WAITER)).jsonArray().stream()
                    .map(v -> v.asJsonObject()).filter(p -> p.getString("what").equals(what)).findFirst().orElseThrow();
            assertEquals(due.atZone(OSLO).toInstant(), Instant.parse(made.getString("dueAt")),
                    "the due time is not Oslo's 18:30 (the browser runs in another zone)");
            assertEquals("bistro-manager", made.getString("owner"));

            WebElement keep = browser.driver.findElement(By.xpath(
                    "//li[contains(@class, 'promise') and contains(., '" + what + "')]//button"));
            assertEquals("Merk løftet som holdt", keep.getText());
            keep.click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                    "//li[contains(@class, 'promise') and @data-status='KEPT' and contains(., '" + what + "')]")));
        }

        // the API takes usernames as before, and only of the business's own staff
        Api.Answer foreign = Api.post("/incidents/" + incident + "/promises", Keycloak.token(WAITER),
                Json.createObjectBuilder().add("what", "Sneaky").add("dueAt", Instant.now().plus(1, ChronoUnit.DAYS).toString())
                        .add("owner", "hotel-frontline").build());
        assertEquals(400, foreign.status(), foreign.body());
        assertEquals("owner", foreign.json().getJsonArray("invalidParams").getJsonObject(0).getString("name"), foreign.body());
    }

    @Test
    void theEditFormShowsAndTakesTheTimeTheNorwegianWay() {
        long incident = Drafts.log(WAITER, Drafts.incident(WAITER, "Glemt bestilling " + UUID.randomUUID()));
        LocalDateTime earlier = LocalDateTime.now(OSLO).minusDays(1).withHour(19).withMinute(5).truncatedTo(ChronoUnit.MINUTES);
        try (Browser browser = new Browser(375, 812)) {
            browser.signIn(WAITER);
            browser.driver.get(Deployments.APP + "/incidents/edit.xhtml?id=" + incident);
            WebElement occurred = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("incident:occurredAt")));
            Instant logged = Instant.parse(Api.get("/incidents/" + incident, Keycloak.token(WAITER)).json()
                    .getJsonObject("incident").getString("occurredAt"));
            assertEquals(NORWEGIAN.format(logged.atZone(OSLO)), occurred.getAttribute("value"));
            assertTrue(browser.driver.findElement(By.id("occurredAt-hint")).getText().contains("24.12.2026 18:30"),
                    browser.driver.findElement(By.id("occurredAt-hint")).getText());
            browser.screenshot("edit-375");
            occurred.clear();
            occurred.sendKeys(NORWEGIAN.format(earlier));
            browser.driver.findElement(By.id("incident:save")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("grant:optionId")));
        }
        assertEquals(earlier.atZone(OSLO).toInstant(), Instant.parse(
                Api.get("/incidents/" + incident, Keycloak.token(WAITER)).json().getJsonObject("incident").getString("occurredAt")));
    }
}
