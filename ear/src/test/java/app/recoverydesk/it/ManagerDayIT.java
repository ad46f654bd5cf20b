package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A manager's day at the desk and on the phone: the queue says why each request needs a decision, in words and the
 * business's money, with the time left; decisions by keyboard; the catalogue kept on its page; an empty initiative
 * board that explains what an initiative is.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ManagerDayIT {

    /** Any kind of space (the formats use no-break ones) as a plain one. */
    private static String spaced(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll("\\s+", " ");
    }

    /** A comp of at most 350 kroner per incident in Bistro Nord's catalogue, for this test alone. */
    private static long comp(String name) {
        Api.Answer created = Api.post("/recovery-options", Keycloak.token("bistro-manager"), Json.createObjectBuilder()
                .add("name", name).add("type", "COMP").add("monetary", true).add("perIncident", "350")
                .add("roles", Json.createArrayBuilder().add("frontline").add("manager")).build());
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** A request of 500 kroner for a new case: 150 over the limit. */
    private static JsonObject request(long option) {
        long incident = Drafts.log("bistro-frontline", Drafts.incident("bistro-frontline", "Kald suppe " + UUID.randomUUID()));
        Api.Answer asked = Api.post("/incidents/" + incident + "/recoveries", Keycloak.token("bistro-frontline"),
                Json.createObjectBuilder().add("optionId", option).add("amount", "500").add("reason", "Stamgjest").build());
        assertEquals(201, asked.status(), asked.body());
        assertEquals("PENDING", asked.json().getString("status"));
        return asked.json();
    }

    private static By rowOf(JsonObject request) {
        return By.xpath("//tbody[@id='queue:list_data']/tr[.//a[contains(@href, 'id=" + request.getJsonNumber("incidentId") + "')]]");
    }

    private static JsonObject decided(JsonObject request) {
        return Api.get("/approvals/" + request.getJsonNumber("id"), Keycloak.token("bistro-manager")).json();
    }

    @Test
    void theQueueSaysWhyInWordsAndMoneyWithTheTimeLeft_andDecidesByKeyboard() {
        long option = comp("Kaffe og kake " + UUID.randomUUID());
        JsonObject first = request(option);
        JsonObject second = request(option);
        JsonObject third = request(option);
        try (Browser manager = new Browser(1366, 1000)) {
            manager.signIn("bistro-manager");
            manager.driver.get(Deployments.APP + "/manage/approvals.xhtml");
            WebElement row = manager.waiting().until(ExpectedConditions.visibilityOfElementLocated(rowOf(first)));
            assertTrue(spaced(row.getText()).contains("Over grensen per hendelse på kr 350,00 med kr 150,00."), row.getText());
            assertFalse(row.getText().contains("PER_INCIDENT"), row.getText());

            // the badge: the minutes left until the due time the API gives, in words, and its state beside the colour
            WebElement badge = row.findElement(By.cssSelector(".sla"));
            long left = (Duration.between(Instant.now(), Instant.parse(first.getString("dueAt"))).getSeconds() + 59) / 60;
            String words = spaced(badge.getText());
            assertTrue(words.matches("frist om (\\d+ t )?\\d+ min"), words);
            long shown = words.contains(" t ")
                    ? Long.parseLong(words.replaceAll("frist om (\\d+) t (\\d+) min", "$1")) * 60
                            + Long.parseLong(words.replaceAll("frist om (\\d+) t (\\d+) min", "$2"))
                    : Long.parseLong(words.replaceAll("\\D", ""));
            assertTrue(Math.abs(shown - left) <= 1, words + ", expected about " + left + " min");
            assertEquals("OK", badge.getAttribute("data-state"));
            assertTrue(manager.driver.findElement(By.id("shortcuts")).getText().contains("Alt+A"));
            assertEquals("A Alt+A", row.findElement(By.cssSelector("button[id$=':approve']")).getAttribute("aria-keyshortcuts"));
            // every field of the decision has its own label
            for (WebElement input : row.findElements(By.cssSelector("input[type='text']"))) {
                assertFalse(manager.driver.findElements(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).isEmpty(),
                        "no label for " + input.getAttribute("id"));
            }
            manager.screenshot("approvals-1366");

            // A on the focused row approves
            ((JavascriptExecutor) manager.driver).executeScript("arguments[0].focus()", row);
            new Actions(manager.driver).sendKeys("a").perform();
            manager.waiting().until(ExpectedConditions.invisibilityOfElementLocated(rowOf(first)));
            assertEquals("APPROVED", decided(first).getString("status"));

            // typing a reason that contains the letters decides nothing; Alt+R in the field asks, then rejects
            WebElement reason = manager.waiting().until(ExpectedConditions.visibilityOfElementLocated(rowOf(second)))
                    .findElement(By.cssSelector("input[id$=':reason']"));
            reason.sendKeys("Har allerede fått rabatt");
            assertEquals("PENDING", decided(second).getString("status"));
            assertEquals("Har allerede fått rabatt", reason.getAttribute("value"));
            new Actions(manager.driver).keyDown(Keys.ALT).sendKeys("r").keyUp(Keys.ALT).perform();
            manager.waiting().until(ExpectedConditions.elementToBeClickable(By.id("queue:confirm-yes"))).click();
            manager.waiting().until(ExpectedConditions.invisibilityOfElementLocated(rowOf(second)));
            JsonObject rejected = decided(second);
            assertEquals("REJECTED", rejected.getString("status"));
            assertEquals("Har allerede fått rabatt", rejected.getString("decisionReason"));
        }

        // the third request waited too long: its badge says by how much
        Database.update("UPDATE recovery SET due_at = UTC_TIMESTAMP(6) - INTERVAL 20 MINUTE WHERE id = ?",
                third.getJsonNumber("id").longValue());
        Database.recountIncidents(DemoData.tenantId(DemoData.BISTRO));
        try (Browser phone = new Browser(375, 812)) {
            phone.signIn("bistro-manager");
            phone.driver.get(Deployments.APP + "/manage/approvals.xhtml");
            WebElement row = phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(rowOf(third)));
            assertTrue(spaced(row.getText()).contains("Over grensen per hendelse på kr 350,00 med kr 150,00."), row.getText());
            WebElement late = row.findElement(By.cssSelector(".sla"));
            assertTrue(spaced(late.getText()).matches("over fristen med (20|21) min"), late.getText());
            assertEquals("OVERDUE", late.getAttribute("data-state"));
            WebElement reason = row.findElement(By.cssSelector("input[id$=':reason']"));
            int width = ((Number) ((JavascriptExecutor) phone.driver).executeScript(
                    "return document.documentElement.clientWidth")).intValue();
            assertTrue(reason.getRect().getX() >= 0 && reason.getRect().getX() + reason.getRect().getWidth() <= width,
                    "the reason field runs off the screen: " + reason.getRect());
            phone.screenshot("approvals-375");

            // a rejection without a reason is refused on the page; the request stays
            row.findElement(By.cssSelector("button[id$=':reject']")).click();
            phone.waiting().until(ExpectedConditions.elementToBeClickable(By.id("queue:confirm-yes"))).click();
            phone.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "En avvisning krever begrunnelse."));
            assertEquals("PENDING", decided(third).getString("status"));
        }
    }

    private static String assigneeOf(JsonObject request) {
        JsonObject now = decided(request);
        return now.containsKey("assignee") && !now.isNull("assignee") ? now.getString("assignee") : null;
    }

    @Test
    void aRequestIsTakenFromThePickerAndFiltered_andItsBadgeCountsDownWithoutAReload() {
        long option = comp("Kaffe avec " + UUID.randomUUID());
        JsonObject picked = request(option);
        JsonObject close = request(option);
        try (Browser manager = new Browser(1366, 1000)) {
            manager.signIn("bistro-manager");
            manager.driver.get(Deployments.APP + "/manage/approvals.xhtml");
            WebElement row = manager.waiting().until(ExpectedConditions.visibilityOfElementLocated(rowOf(picked)));
            assertEquals("Ingen", row.findElement(By.cssSelector(".assignee-now")).getText().strip(), "a new request is nobody's");
            WebElement picker = row.findElement(By.cssSelector("select[id$=':assignee']"));
            assertFalse(manager.driver.findElements(By.cssSelector("label[for='" + picker.getAttribute("id") + "']")).isEmpty(),
                    "the picker has no label");
            List<String> people = new Select(picker).getOptions().stream().map(WebElement::getText).toList();
            assertTrue(people.contains("Ola Hansen (bistro-manager)"), people.toString());
            assertFalse(people.stream().anyMatch(p -> p.contains("bistro-frontline") || p.contains("hotel-")), people.toString());
            new Select(picker).selectByVisibleText("Ola Hansen (bistro-manager)");
            row.findElement(By.cssSelector("button[id$=':assign']")).click();
            manager.waiting().until(d -> d.findElement(rowOf(picked)).findElement(By.cssSelector(".assignee-now")).getText()
                    .contains("Ola Hansen (bistro-manager)"));
            assertEquals("bistro-manager", assigneeOf(picked));
            manager.screenshot("approvals-assigned-1366");

            // "Tildelt meg" shows it and not the other; "Ikke tildelt" the other way round
            manager.driver.findElement(By.id("filter-me")).click();
            manager.waiting().until(ExpectedConditions.visibilityOfElementLocated(rowOf(picked)));
            assertEquals("page", manager.driver.findElement(By.id("filter-me")).getAttribute("aria-current"));
            assertTrue(manager.driver.findElements(rowOf(close)).isEmpty(), "an unassigned request among mine");
            manager.driver.findElement(By.id("filter-nobody")).click();
            manager.waiting().until(ExpectedConditions.visibilityOfElementLocated(rowOf(close)));
            assertTrue(manager.driver.findElements(rowOf(picked)).isEmpty(), "an assigned request among the unassigned");
        }

        try (Browser phone = new Browser(375, 812)) {
            phone.signIn("bistro-manager");
            // due in 20 s of the 15 minutes it was given: due soon now, overdue before the next tick or the one after
            Database.update("UPDATE recovery SET requested_at = UTC_TIMESTAMP(6) - INTERVAL 15 MINUTE, "
                    + "due_at = UTC_TIMESTAMP(6) + INTERVAL 20 SECOND WHERE id = ?",
                    close.getJsonNumber("id").longValue());
            Database.recountIncidents(DemoData.tenantId(DemoData.BISTRO));
            phone.driver.get(Deployments.APP + "/manage/approvals.xhtml?assigned=nobody");
            WebElement badge = phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(rowOf(close)))
                    .findElement(By.cssSelector(".sla"));
            assertEquals("frist om 1 min", spaced(badge.getText()));
            assertEquals("SOON", badge.getAttribute("data-state"));
            JavascriptExecutor js = (JavascriptExecutor) phone.driver;
            js.executeScript("window.notReloaded = true");
            assertEquals(Boolean.TRUE, js.executeScript("return arguments[0].closest('[aria-live]') === null", badge),
                    "every tick would be read out");
            new org.openqa.selenium.support.ui.WebDriverWait(phone.driver, Duration.ofSeconds(50)).until(d ->
                    "OVERDUE".equals(d.findElement(rowOf(close)).findElement(By.cssSelector(".sla")).getAttribute("data-state")));
            WebElement late = phone.driver.findElement(rowOf(close)).findElement(By.cssSelector(".sla"));
            assertEquals("over fristen med 1 min", spaced(late.getText()));
            assertTrue(late.getAttribute("class").contains("sla-OVERDUE"), late.getAttribute("class"));
            assertEquals(Boolean.TRUE, js.executeScript("return window.notReloaded === true"), "the page was reloaded");
            assertTrue(phone.driver.findElement(By.id("sla-announce")).getAttribute("textContent").contains("1"),
                    "turning overdue is not said");
            phone.screenshot("approvals-countdown-375");

            // one tap takes it: it leaves the unassigned ones
            phone.driver.findElement(rowOf(close)).findElement(By.cssSelector("button[id$=':assign-me']")).click();
            phone.waiting().until(ExpectedConditions.invisibilityOfElementLocated(rowOf(close)));
            assertEquals("bistro-manager", assigneeOf(close));
        }
    }

    @Test
    void anOptionIsAddedAndEditedOnThePage_takenOutOfUse_andTheApiShowsIt() {
        String name = "Gratis kaffe " + UUID.randomUUID().toString().substring(0, 8);
        long place = DemoData.locationIds("bistro-admin").get(0);
        try (Browser manager = new Browser(1366, 1000)) {
            manager.signIn("bistro-manager");
            manager.driver.get(Deployments.APP + "/manage/options.xhtml");
            manager.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("limits:name"))).sendKeys(name);
            manager.driver.findElement(By.cssSelector("#limits details summary")).click();
            manager.driver.findElement(By.cssSelector("[data-language='pl'] input")).sendKeys("Darmowa kawa");
            new Select(manager.driver.findElement(By.id("limits:type"))).selectByValue("COMP");
            manager.driver.findElement(By.id("limits:monetary")).click();
            manager.driver.findElement(By.id("limits:perIncident")).sendKeys("120,50");
            manager.driver.findElement(By.cssSelector("input[name='limits:locations'][value='" + place + "']")).click();
            // no role chosen: refused next to the roles, everything typed kept
            manager.driver.findElement(By.id("limits:save")).click();
            manager.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='limits:roles'] + .ui-message-error")));
            assertEquals(name, manager.driver.findElement(By.id("limits:name")).getAttribute("value"));
            assertEquals("120,50", spaced(manager.driver.findElement(By.id("limits:perIncident")).getAttribute("value")));
            assertTrue(manager.driver.findElement(By.cssSelector("input[name='limits:locations'][value='" + place + "']")).isSelected());
            assertTrue(Api.get("/recovery-options", Keycloak.token("bistro-manager")).body().indexOf(name) < 0, "half saved");

            // each checkbox sits right before its own label
            WebElement box = manager.driver.findElement(By.cssSelector("input[name='limits:roles'][value='frontline']"));
            WebElement label = manager.driver.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"));
            assertTrue(label.getRect().getX() - (box.getRect().getX() + box.getRect().getWidth()) < 24
                    && Math.abs(label.getRect().getY() + label.getRect().getHeight() / 2 - box.getRect().getY() - box.getRect().getHeight() / 2) < 12,
                    "checkbox " + box.getRect() + " apart from its label " + label.getRect());
            box.click();
            manager.driver.findElement(By.id("limits:save")).click();
            By row = By.xpath("//tbody[@id='catalogue:options_data']/tr[.//span[@class='option-name' and normalize-space()='" + name + "']]");
            WebElement added = manager.waiting().until(ExpectedConditions.visibilityOfElementLocated(row));
            assertTrue(spaced(added.getText()).contains("Frontlinjeansatte kan gi opptil kr 120,50 per hendelse uten godkjenning."), added.getText());
            JsonObject json = option(name);
            assertEquals("120.50", json.getJsonObject("policy").getJsonObject("perIncident").getString("amount"));
            assertEquals(List.of("frontline"), json.getJsonObject("policy").getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class)
                    .stream().map(jakarta.json.JsonString::getString).toList());
            assertEquals(place, json.getJsonObject("policy").getJsonArray("locationIds").getJsonNumber(0).longValue());
            manager.screenshot("options-1366");
            ((JavascriptExecutor) manager.driver).executeScript("document.getElementById('limits').scrollIntoView()");
            manager.screenshot("options-form-1366");

            // edit: the form holds the option as it stands; a new name and limits are a new version
            manager.driver.findElement(row).findElement(By.cssSelector("button[id$=':edit']")).click();
            manager.waiting().until(d -> name.equals(d.findElement(By.id("limits:name")).getAttribute("value")));
            assertTrue(manager.driver.findElement(By.cssSelector("input[name='limits:roles'][value='frontline']")).isSelected());
            WebElement newName = manager.driver.findElement(By.id("limits:name"));
            newName.clear();
            newName.sendKeys(name + " stor");
            WebElement perIncident = manager.driver.findElement(By.id("limits:perIncident"));
            perIncident.clear();
            perIncident.sendKeys("99");
            manager.driver.findElement(By.cssSelector("input[name='limits:roles'][value='manager']")).click();
            manager.driver.findElement(By.id("limits:save")).click();
            By renamed = By.xpath("//tbody[@id='catalogue:options_data']/tr[.//span[@class='option-name' and normalize-space()='" + name + " stor']]");
            WebElement edited = manager.waiting().until(ExpectedConditions.visibilityOfElementLocated(renamed));
            assertTrue(spaced(edited.getText()).contains("Frontlinjeansatte og ledere kan gi opptil kr 99,00 per hendelse uten godkjenning."),
                    edited.getText());
            JsonObject after = option(name + " stor");
            assertEquals(2, after.getJsonObject("policy").getInt("version"));
            assertEquals("99.00", after.getJsonObject("policy").getJsonObject("perIncident").getString("amount"));
            assertEquals(2, after.getJsonObject("policy").getJsonArray("roles").size());

            // out of use only after confirming
            manager.driver.findElement(renamed).findElement(By.cssSelector("button[id$=':deactivate']")).click();
            manager.waiting().until(ExpectedConditions.elementToBeClickable(By.id("catalogue:confirm-yes"))).click();
            manager.waiting().ignoring(StaleElementReferenceException.class).until(d ->
                    "false".equals(d.findElement(renamed).findElement(By.cssSelector(".option-state")).getAttribute("data-in-use")));
            assertTrue(manager.driver.findElement(renamed).getText().contains("Ikke i bruk"));
            assertEquals(LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(1).toString(),
                    option(name + " stor").getJsonObject("policy").getString("activeTo"));
        }
        try (Browser phone = new Browser(375, 812)) {
            phone.signIn("bistro-manager");
            phone.driver.get(Deployments.APP + "/manage/options.xhtml");
            phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("limits:name")));
            phone.screenshot("options-375");
            phone.driver.findElement(By.id("to-form")).click();
            phone.waiting().until(d -> "limits:name".equals(((JavascriptExecutor) d).executeScript("return document.activeElement.id")));
            ((JavascriptExecutor) phone.driver).executeScript("document.getElementById('limits:roles').scrollIntoView()");
            phone.screenshot("options-form-375");
        }
    }

    private static JsonObject option(String name) {
        return Api.get("/recovery-options", Keycloak.token("bistro-manager")).jsonArray().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + name + " in the API"));
    }

    /** Rent-a-Car Kraków has no initiative until this test starts one (no other test starts one there). */
    @Test
    void anEmptyBoardExplainsWhatAnInitiativeIs_andTheFormSavesTheChosenLocations() {
        try (Browser phone = new Browser(375, 812)) {
            phone.signIn("rental-manager");
            phone.driver.get(Deployments.APP + "/initiatives/board.xhtml");
            WebElement empty = phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("board-empty")));
            assertTrue(empty.getText().contains("najpierw napraw"), empty.getText());
            phone.screenshot("board-empty-375");
        }
        try (Browser manager = new Browser(1366, 1000)) {
            manager.signIn("rental-manager");
            manager.driver.get(Deployments.APP + "/initiatives/board.xhtml");
            WebElement empty = manager.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("board-empty")));
            assertTrue(empty.getText().contains("Brak inicjatyw"), empty.getText());
            assertTrue(empty.getText().contains("dopiero wtedy ogłoś"), empty.getText());
            assertTrue(manager.driver.findElements(By.cssSelector("section.app-column")).isEmpty(), "empty columns shown");
            manager.screenshot("board-empty-1366");

            manager.driver.findElement(By.id("start")).click();
            manager.waiting().until(d -> "initiative:title".equals(((JavascriptExecutor) d)
                    .executeScript("return document.activeElement.id")));
            manager.driver.switchTo().activeElement().sendKeys("Rozładowane akumulatory");
            manager.driver.findElement(By.id("initiative:problem")).sendKeys("Auta stoją długo bez jazdy");
            List<WebElement> places = manager.driver.findElements(By.cssSelector("input[name='initiative:locations']"));
            assertFalse(places.isEmpty(), "no locations to choose");
            WebElement place = places.get(places.size() - 1);
            long chosen = Long.parseLong(place.getAttribute("value"));
            place.click();
            manager.screenshot("board-form-1366");
            manager.driver.findElement(By.id("initiative:propose")).click();
            manager.waiting().until(ExpectedConditions.urlContains("initiative.xhtml"));
            String id = manager.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            JsonObject initiative = Api.get("/initiatives/" + id, Keycloak.token("rental-manager")).json();
            assertEquals(List.of(chosen), initiative.getJsonArray("locationIds").getValuesAs(jakarta.json.JsonNumber.class)
                    .stream().map(jakarta.json.JsonNumber::longValue).toList());

            manager.driver.get(Deployments.APP + "/initiatives/board.xhtml");
            manager.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.initiative-link")));
            assertTrue(manager.driver.findElements(By.id("board-empty")).isEmpty(), "still explained as empty");
        }
    }
}
