package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
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
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Fix first, then announce: every transition and every refusal of the gate, and one initiative walked in the browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InitiativeIT {

    private static final String MANAGER = "hotel-manager";

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    /** A category of the hotel's own, so that only this test's incidents count. */
    private static long category() {
        return Drafts.firstId(MANAGER, "/categories");
    }

    private static JsonObject initiative(String rootCause, int target, int windowDays) {
        Api.Answer created = Api.post("/initiatives", Keycloak.token(MANAGER), Json.createObjectBuilder()
                .add("title", "Quiet rooms " + UUID.randomUUID()).add("problem", "Noise complaints")
                .add("rootCause", rootCause).add("targetDropPercent", target).add("windowDays", windowDays).build());
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private static Api.Answer move(String user, long initiative, String to, String reason, Instant fixedAt, String text) {
        var body = Json.createObjectBuilder().add("to", to);
        if (reason != null) {
            body.add("reason", reason);
        }
        if (fixedAt != null) {
            body.add("fixedAt", fixedAt.toString());
        }
        if (text != null) {
            body.add("announcement", text);
        }
        return Api.post("/initiatives/" + initiative + "/transition", Keycloak.token(user), body.build());
    }

    private static void incidentsAt(String rootCause, Instant... when) {
        for (Instant at : when) {
            Drafts.log(MANAGER, Drafts.incident(MANAGER, "Noise " + UUID.randomUUID()).add("rootCause", rootCause)
                    .add("occurredAt", at.toString()));
        }
    }

    /**
     * The fix work of an initiative as if it had been recorded done at {@code when}: the server stamps completion
     * with its own clock, so a test that needs a fix in the past sets the past in the database, as time would.
     */
    private static void workDoneAt(long initiative, Instant when) {
        Database.update("UPDATE initiative_item SET completed_at = ? WHERE initiative_id = ?",
                java.sql.Timestamp.from(when), initiative);
    }

    private static String detail(Api.Answer a) {
        return a.json().getString("detail");
    }

    @Test
    void theGateRefusesEveryEarlyStepAndSaysWhatIsMissing() {
        JsonObject plan = initiative("MARKETING", 50, 3);
        long id = id(plan);

        Api.Answer early = move(MANAGER, id, "ANNOUNCED", null, null, null);
        assertEquals(409, early.status());
        assertTrue(detail(early).contains("verification") && detail(early).contains("announcement text"), detail(early));
        assertEquals(409, move(MANAGER, id, "VERIFYING", null, null, null).status(), "verifying before fixing");

        assertEquals("FIXING", move(MANAGER, id, "FIXING", null, null, null).json().getString("status"));
        Api.Answer noItems = move(MANAGER, id, "VERIFYING", null, null, null);
        assertTrue(detail(noItems).contains("at least one fix item"), detail(noItems));
        JsonObject withItems = Api.post("/initiatives/" + id + "/items", Keycloak.token(MANAGER), Json.createObjectBuilder()
                .add("kind", "TRAINING").add("title", "Night staff briefing").add("dueDate", "2030-01-01").build()).json();
        long item = id(withItems.getJsonArray("items").getJsonObject(0));
        Api.Answer open = move(MANAGER, id, "VERIFYING", null, null, null);
        assertTrue(detail(open).contains("Night staff briefing"), detail(open));
        Api.Answer untrained = Api.post("/initiatives/" + id + "/items/" + item + "/done", Keycloak.token(MANAGER),
                Json.createObjectBuilder().build());
        assertEquals(400, untrained.status(), "a training done without who was trained: " + untrained.body());
        assertEquals("trained", untrained.json().getJsonArray("invalidParams").getJsonObject(0).getString("name"));
        Api.post("/initiatives/" + id + "/items/" + item + "/done", Keycloak.token(MANAGER),
                Json.createObjectBuilder().add("trained", "Ana, Luka").build());

        assertEquals("VERIFYING", move(MANAGER, id, "VERIFYING", null, null, null).json().getString("status"));
        Api.Answer tooSoon = move(MANAGER, id, "VERIFIED", null, null, null);
        assertTrue(detail(tooSoon).contains("end of the window"), detail(tooSoon));
        assertEquals(409, move(MANAGER, id, "ANNOUNCED", null, null, "We fixed it").status(), "announced while verifying");

        Api.Answer noReason = move("hotel-executive", id, "ANNOUNCED", null, null, "Quiet nights now");
        assertEquals(400, noReason.status(), "an override without a written reason: " + noReason.body());
        assertEquals("reason", noReason.json().getJsonArray("invalidParams").getJsonObject(0).getString("name"));
        assertTrue(noReason.json().getJsonArray("invalidParams").getJsonObject(0).getString("reason").contains("written reason"),
                noReason.body());
        Api.Answer override = Api.post("/initiatives/" + id + "/transition", Keycloak.token("hotel-executive"),
                Json.createObjectBuilder().add("to", "ANNOUNCED").add("reason", "Season opening campaign")
                        .add("announcement", "Quiet nights now")
                        .add("translations", Json.createObjectBuilder().add("hr", "Sada mirne noći")).build());
        assertEquals(200, override.status(), override.body());
        assertEquals("Sada mirne noći", override.json().getJsonObject("announcementTranslations").getString("hr"));
        assertEquals(List.of("ANNOUNCED", "Season opening campaign"), List.of(override.json().getString("status"),
                override.json().getString("overrideReason")));
        JsonObject overridden = override.json().getJsonArray("history").stream().map(v -> v.asJsonObject())
                .reduce((first, last) -> last).orElseThrow();
        assertEquals(List.of(true, "Season opening campaign"), List.of(overridden.getBoolean("override"),
                overridden.getString("reason")), "the history marks the override and keeps the executive's words");
        assertTrue(Api.get("/reports/compliance", Keycloak.token("hotel-executive")).json().getJsonObject("tables")
                .getJsonObject("overrides").getJsonArray("rows").stream()
                .anyMatch(row -> row.asJsonArray().getString(row.asJsonArray().size() - 1).equals("Season opening campaign")),
                "the compliance report lists the override with its reason");
        assertEquals(List.of(List.of("hotel-executive", "VERIFYING", "Season opening campaign")), Database.query(
                "select actor, from_value, to_value from audit_entry where kind = 'initiative.gate-overridden' "
                        + "and subject = ?", "initiative " + id), "the audit log records the override");
        assertEquals(409, move(MANAGER, id, "ABANDONED", "too late", null, null).status());

        long other = id(initiative("MARKETING", 50, 3));
        assertEquals(400, move(MANAGER, other, "ABANDONED", null, null, null).status(), "abandoned without a reason");
        JsonObject abandoned = move(MANAGER, other, "ABANDONED", "duplicate", null, null).json();
        assertEquals("ABANDONED", abandoned.getString("status"));
        assertEquals(List.of("PROPOSED", "ABANDONED"), abandoned.getJsonArray("history").stream()
                .map(e -> e.asJsonObject().getString("to")).toList());
    }

    @Test
    void verifiedOnlyWhenTheRateDroppedByTheTarget_otherwiseBackToFixing() {
        Instant fixedAt = Instant.now().minus(4, ChronoUnit.DAYS);
        JsonObject plan = initiative("THIRD_PARTY", 50, 3);
        long id = id(plan);
        incidentsAt("THIRD_PARTY", fixedAt.minus(1, ChronoUnit.DAYS), fixedAt.minus(2, ChronoUnit.DAYS));
        incidentsAt("THIRD_PARTY", fixedAt.plus(1, ChronoUnit.DAYS), fixedAt.plus(2, ChronoUnit.DAYS));
        move(MANAGER, id, "FIXING", null, null, null);
        Api.post("/initiatives/" + id + "/items", Keycloak.token(MANAGER), Json.createObjectBuilder()
                .add("kind", "POLICY").add("title", "Supplier contract").add("dueDate", "2030-01-01").build());
        long item = id(Api.get("/initiatives/" + id, Keycloak.token(MANAGER)).json().getJsonArray("items").getJsonObject(0));
        Api.post("/initiatives/" + id + "/items/" + item + "/done", Keycloak.token(MANAGER), Json.createObjectBuilder().build());
        assertEquals(409, move(MANAGER, id, "VERIFYING", null, Instant.now().plus(1, ChronoUnit.DAYS), null).status(),
                "a fix date in the future");
        workDoneAt(id, fixedAt.minus(1, ChronoUnit.HOURS));
        assertEquals("VERIFYING", move(MANAGER, id, "VERIFYING", null, fixedAt, null).json().getString("status"));

        Api.Answer notDropped = move(MANAGER, id, "VERIFIED", null, null, null);
        assertEquals(409, notDropped.status());
        assertTrue(detail(notDropped).contains("measured: 0 %"), detail(notDropped));
        JsonObject measure = Api.get("/initiatives/" + id, Keycloak.token(MANAGER)).json().getJsonObject("measure");
        assertEquals(List.of(2L, 2L), List.of(measure.getJsonNumber("before").longValue(), measure.getJsonNumber("after").longValue()));
        assertEquals("FIXING", move(MANAGER, id, "FIXING", "the supplier did not change", null, null).json().getString("status"));
    }

    @Test
    void anInitiativeWalksFromProposedToAnnouncedInTheBrowser() {
        String title = "Warm rooms " + UUID.randomUUID().toString().substring(0, 8);
        ZoneId zone = ZoneId.of("Europe/Zagreb");
        Instant fixedAt = Instant.now().minus(5, ChronoUnit.DAYS);
        // four "product" incidents in the three days before the fix, one in the three days after
        incidentsAt("PRODUCT", fixedAt.minus(1, ChronoUnit.DAYS), fixedAt.minus(2, ChronoUnit.DAYS),
                fixedAt.minus(2, ChronoUnit.DAYS).minusSeconds(3600), fixedAt.minus(1, ChronoUnit.DAYS).minusSeconds(60));
        incidentsAt("PRODUCT", fixedAt.plus(1, ChronoUnit.DAYS));
        try (Browser browser = new Browser(1280, 900)) {
            browser.signIn(MANAGER);
            browser.driver.findElement(By.id("initiatives")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("initiative:title"))).sendKeys(title);
            browser.driver.findElement(By.id("initiative:problem")).sendKeys("Rooms are cold in the morning");
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("initiative:rootCause"))).selectByValue("PRODUCT");
            browser.driver.findElement(By.id("initiative:target")).clear();
            browser.driver.findElement(By.id("initiative:target")).sendKeys("50");
            browser.driver.findElement(By.id("initiative:window")).clear();
            browser.driver.findElement(By.id("initiative:window")).sendKeys("3");
            browser.driver.findElement(By.id("initiative:propose")).click();
            browser.waiting().until(ExpectedConditions.textToBe(By.id("initiative-status"), "Predložena"));

            step(browser, "FIXING", "U popravku");
            // too early: the gate says on the same page, in Croatian, what is still missing
            browser.driver.findElement(By.cssSelector("button[data-to='VERIFYING']")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Prvo popravi, zatim objavi. Nedostaje: barem jedna mjera popravka."));
            assertEquals("U popravku", browser.driver.findElement(By.id("initiative-status")).getText());
            browser.driver.findElement(By.id("items:itemTitle")).sendKeys("New boiler timer");
            browser.driver.findElement(By.id("items:itemDue")).sendKeys(LocalDate.now(zone).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
            browser.driver.findElement(By.id("items:add")).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[id$=':done']"))).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.item[data-done='true']")));
            workDoneAt(initiativeTitled(title), fixedAt.minus(1, ChronoUnit.HOURS));

            browser.driver.findElement(By.id("steps:fixedAt")).sendKeys(
                    fixedAt.atZone(zone).format(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"))); // as a Croat writes it
            step(browser, "VERIFYING", "Provjera");
            assertEquals(List.of("4", "1", "75 %"), List.of(browser.driver.findElement(By.id("before")).getText(),
                    browser.driver.findElement(By.id("after")).getText(), browser.driver.findElement(By.id("drop")).getText()));
            step(browser, "VERIFIED", "Provjerena");
            browser.driver.findElement(By.id("steps:announcementText")).sendKeys("Our rooms are warm from 6 a.m.");
            step(browser, "ANNOUNCED", "Objavljena");
            assertEquals("Our rooms are warm from 6 a.m.", browser.driver.findElement(By.id("announcement")).getText());
            assertTrue(browser.driver.findElement(By.id("history")).getText().contains("Provjerena → Objavljena"));
        }
    }

    private static long initiativeTitled(String title) {
        return ((Number) Database.query("SELECT id FROM initiative WHERE title = ?", title).get(0).get(0)).longValue();
    }

    @Test
    void aFixDateBeforeTheFixWorkWasDoneIsRefused_soOldDataCannotVerifyIt() {
        long id = id(initiative("EMPLOYEE", 50, 3));
        // a drop that would verify at once if the fix could be dated back: many incidents long ago, none since
        incidentsAt("EMPLOYEE", Instant.now().minus(22, ChronoUnit.DAYS), Instant.now().minus(21, ChronoUnit.DAYS));
        move(MANAGER, id, "FIXING", null, null, null);
        Api.post("/initiatives/" + id + "/items", Keycloak.token(MANAGER), Json.createObjectBuilder()
                .add("kind", "SYSTEM_PROCESS").add("title", "New rota").add("dueDate", "2030-01-01").build());
        long item = id(Api.get("/initiatives/" + id, Keycloak.token(MANAGER)).json().getJsonArray("items").getJsonObject(0));
        Api.post("/initiatives/" + id + "/items/" + item + "/done", Keycloak.token(MANAGER), Json.createObjectBuilder().build());

        Api.Answer backdated = move(MANAGER, id, "VERIFYING", null, Instant.now().minus(20, ChronoUnit.DAYS), null);
        assertEquals(409, backdated.status(), backdated.body());
        assertTrue(detail(backdated).contains("before the fix work was recorded as done"), detail(backdated));
        assertEquals("FIXING", Api.get("/initiatives/" + id, Keycloak.token(MANAGER)).json().getString("status"),
                "a refused step changes nothing");

        // without a date the fix is when its work was done: today, so the window after it is still to come
        JsonObject verifying = move(MANAGER, id, "VERIFYING", null, null, null).json();
        assertEquals("VERIFYING", verifying.getString("status"));
        assertTrue(Instant.parse(verifying.getJsonObject("measure").getString("fixedAt")).isAfter(Instant.now().minus(1, ChronoUnit.HOURS)), verifying.toString());
        assertEquals(409, move(MANAGER, id, "VERIFIED", null, null, null).status(), "verified on old data");
        assertEquals(409, move(MANAGER, id, "ANNOUNCED", null, null, "Fixed!").status(), "announced without verification");
        assertEquals(0L, Database.count("SELECT count(*) FROM initiative WHERE id = ? AND override_reason IS NOT NULL", id));
    }

    @Test
    void everyTransitionFromEveryStateAnswersTwoOrFourHundreds() {
        List<String> states = List.of("PROPOSED", "FIXING", "VERIFYING", "VERIFIED", "ANNOUNCED", "ABANDONED");
        for (String from : states) {
            for (String to : states) {
                for (String user : List.of(MANAGER, "hotel-executive")) {
                    long id = initiativeIn(from);
                    Api.Answer plain = move(user, id, to, null, null, null);
                    Api.Answer full = move(user, initiativeIn(from), to, "a reason", null, "A text");
                    for (Api.Answer a : List.of(plain, full)) {
                        assertTrue(a.status() < 500, user + ": " + from + " -> " + to + " answered " + a.status() + " " + a.body());
                        assertTrue(a.status() < 300 || a.contentType().startsWith("application/problem+json"), a.body());
                    }
                }
            }
        }
    }

    /** A new initiative walked to a state by the API, the past set in the database where the gate needs time to pass. */
    private static long initiativeIn(String state) {
        long id = id(initiative("THIRD_PARTY", 10, 1));
        if (state.equals("PROPOSED")) {
            return id;
        }
        if (state.equals("ABANDONED")) {
            assertEquals(200, move(MANAGER, id, "ABANDONED", "duplicate", null, null).status());
            return id;
        }
        if (state.equals("ANNOUNCED")) {
            assertEquals(200, move("hotel-executive", id, "ANNOUNCED", "campaign", null, "Announced").status());
            return id;
        }
        move(MANAGER, id, "FIXING", null, null, null);
        if (state.equals("FIXING")) {
            return id;
        }
        Api.post("/initiatives/" + id + "/items", Keycloak.token(MANAGER), Json.createObjectBuilder()
                .add("kind", "POLICY").add("title", "Contract").add("dueDate", "2030-01-01").build());
        long item = id(Api.get("/initiatives/" + id, Keycloak.token(MANAGER)).json().getJsonArray("items").getJsonObject(0));
        Api.post("/initiatives/" + id + "/items/" + item + "/done", Keycloak.token(MANAGER), Json.createObjectBuilder().build());
        Instant fixedAt = Instant.now().minus(3, ChronoUnit.DAYS);
        workDoneAt(id, fixedAt);
        assertEquals(200, move(MANAGER, id, "VERIFYING", null, fixedAt, null).status());
        if (state.equals("VERIFIED")) {
            // an initiative with no incidents before its fix cannot show a drop: mark it measured as the gate would
            Database.update("UPDATE initiative SET status = 'VERIFIED', baseline_count = 2, after_count = 0 WHERE id = ?", id);
        }
        return id;
    }

    private static void step(Browser browser, String to, String shown) {
        browser.driver.findElement(By.cssSelector("button[data-to='" + to + "']")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.id("initiative-status"), shown));
    }
}
