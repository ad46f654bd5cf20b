package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Amounts as Norwegian and Polish staff write them — "420,50", "380,00", "1 760,50" — on the case page, the approval
 * queue and the catalogue: each is taken, and shown back the same way; what cannot be read gets a message in the
 * page's language with the typed text kept. And the case's timeline reads in Norwegian, in Oslo's time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NumberInputBrowserIT {

    /** A demo business with the words its pages use. */
    private record Business(String prefix, String option, String perIncident, String notAnAmount) {
    }

    private static final Business BISTRO = new Business("bistro", "Fjern retten fra regningen", "350,00",
            "Skriv beløpet som et tall");
    private static final Business RENTAL = new Business("rental", "Zwrot kosztów taksówki", "170,00",
            "Wpisz kwotę jako liczbę");

    /** Any kind of space (the formats use no-break ones) as a plain one, so that "1 760,50" compares. */
    private static String spaced(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]+", " ");
    }

    @Test
    void norwegian_limitGrantAndApprovalAsWritten_andTheTimelineInNorwegian() {
        long incident = limitGrantAndApprove(BISTRO);
        try (Browser desk = new Browser(1280, 1400)) {
            desk.signIn("bistro-frontline");
            desk.driver.get(Deployments.APP + "/incidents/view.xhtml?id=" + incident);
            String timeline = spaced(desk.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("timeline")))
                    .getText());
            desk.screenshot("timeline-nb");
            assertTrue(timeline.contains("endret Status: Åpen → Venter på godkjenning"), timeline);
            assertTrue(timeline.contains("Status: Venter på godkjenning → Under gjenoppretting"), timeline);
            assertTrue(timeline.contains("Gjenoppretting: Fjern retten fra regningen kr 420,50: Venter på godkjenning"),
                    timeline);
            assertTrue(timeline.contains("Gjenoppretting: Godkjent kr 380,00"), timeline);
            for (String code : new String[] {"OPEN", "RECOVERING", "AWAITING_APPROVAL", "PENDING", "APPROVED", "NOK",
                    "status:", "recovery:", "Remove dish"}) {
                assertFalse(timeline.contains(code), code + " in " + timeline);
            }
            // the times in Oslo's time, as Norwegians write them
            JsonObject first = Api.get("/incidents/" + incident + "/timeline", Keycloak.token("bistro-frontline"))
                    .jsonArray().getJsonObject(0);
            String logged = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(Locale.forLanguageTag("nb")).withZone(ZoneId.of("Europe/Oslo"))
                    .format(Instant.parse(first.getString("at")));
            assertTrue(timeline.startsWith(spaced(logged) + " · bistro-frontline: registrerte hendelsen"), timeline);
        }
    }

    @Test
    void polish_limitGrantAndApprovalAsWritten() {
        limitGrantAndApprove(RENTAL);
    }

    /**
     * The manager sets a per-day limit of "1 760,50" (the per-incident one as it was), the desk grants "420,50" above
     * the limit after a refused "12,3,4", the manager approves "380,00" after a refused "abc". Answers the case.
     */
    private static long limitGrantAndApprove(Business b) {
        try (Browser manager = new Browser(1280, 1000)) {
            manager.signIn(b.prefix() + "-manager");
            setLimits(manager, b);
        }
        long incident = Drafts.log(b.prefix() + "-frontline", Drafts.incident(b.prefix() + "-frontline",
                "Feil regning " + UUID.randomUUID()));
        try (Browser desk = new Browser(1280, 1000)) {
            desk.signIn(b.prefix() + "-frontline");
            desk.driver.get(Deployments.APP + "/incidents/view.xhtml?id=" + incident);
            grant(desk, b);

            try (Browser manager = new Browser(1280, 1000)) {
                manager.signIn(b.prefix() + "-manager");
                approve(manager, b, incident);
            }
            // the case page polls for the decision: the other amount, in the page's own way
            WebElement approved = new WebDriverWait(desk.driver, Duration.ofSeconds(20)).until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.recovery[data-status='APPROVED']")));
            assertTrue(spaced(approved.getText()).matches(".*420,50.*\\(\\D*380,00\\D*\\).*"), approved.getText());
        }
        return incident;
    }

    private static void setLimits(Browser manager, Business b) {
        manager.driver.get(Deployments.APP + "/manage/options.xhtml");
        // the option's row (reflow puts the column's title into each cell, so the name is contained, not equal)
        By rowOfOption = By.xpath("//tbody[@id='catalogue:options_data']/tr[td[1][contains(normalize-space(), '" + b.option() + "')]]");
        manager.waiting().until(ExpectedConditions.elementToBeClickable(rowOfOption)).findElement(By.cssSelector("button[id$=':edit']")).click();
        // the edit button redraws the form: wait until the redrawn one holds the option
        manager.waiting().ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.id("limits:name")).getAttribute("value").isEmpty());
        WebElement perIncident = manager.driver.findElement(By.id("limits:perIncident"));
        perIncident.clear();
        perIncident.sendKeys(b.perIncident());
        manager.driver.findElement(By.id("limits:perDay")).clear();
        manager.driver.findElement(By.id("limits:perDay")).sendKeys("abc");
        // the roles are those in force (frontline and manager, as seeded): kept as they are
        manager.driver.findElement(By.id("limits:save")).click();

        // the refusal redraws the form: read the field once the answer is on the page, not the one sent
        manager.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("limits"), b.notAnAmount()));
        WebElement perDay = manager.driver.findElement(By.id("limits:perDay"));
        assertEquals("abc", perDay.getAttribute("value"), "the typed text is kept");
        manager.screenshot("options-refused-" + b.prefix());

        perDay.clear();
        // a no-break space, as copying from a spreadsheet brings
        perDay.sendKeys("1\u00A0760,50");
        manager.driver.findElement(By.id("limits:save")).click();
        try {
            manager.waiting().ignoring(StaleElementReferenceException.class).until(d -> spaced(d.findElement(rowOfOption).findElement(By.cssSelector(".option-rule")).getText())
                    .matches(".*\\D 1 760,50\\D.*"));
        } finally {
            manager.screenshot("options-" + b.prefix());
        }
        WebElement row = manager.driver.findElement(rowOfOption);
        assertTrue(spaced(row.findElement(By.cssSelector(".option-rule")).getText()).contains(b.perIncident()),
                row.getText());
        assertFalse(row.getText().contains("176050"), "minor units shown: " + row.getText());
        assertEquals("1 760,50", spaced(manager.driver.findElement(By.id("limits:perDay")).getAttribute("value")),
                "the value is shown back as written");
    }

    private static void grant(Browser desk, Business b) {
        new Select(desk.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("grant:optionId"))))
                .getOptions().stream().filter(o -> o.getText().startsWith(b.option())).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + b.option())).click();
        desk.driver.findElement(By.id("grant:amount")).sendKeys("12,3,4");
        desk.driver.findElement(By.id("grant:reason")).sendKeys("Stamgjest, andre gang denne uken");
        desk.driver.findElement(By.id("grant:submit")).click();

        // the refusal re-renders the form: read the field once the answer is on the page, not the one sent
        desk.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("grant"), b.notAnAmount()));
        WebElement amount = desk.driver.findElement(By.id("grant:amount"));
        assertEquals("12,3,4", amount.getAttribute("value"), "the typed text is kept");
        desk.screenshot("grant-refused-" + b.prefix());

        amount.clear();
        amount.sendKeys("420,50");
        desk.driver.findElement(By.id("grant:submit")).click();
        WebElement pending = desk.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("li.recovery[data-status='PENDING']")));
        assertTrue(spaced(pending.getText()).contains("420,50"), pending.getText());
    }

    private static void approve(Browser manager, Business b, long incident) {
        manager.driver.get(Deployments.APP + "/manage/approvals.xhtml");
        By rowOfCase = By.xpath("//tr[.//a[contains(@href, 'id=" + incident + "')]]");
        WebElement row = manager.waiting().until(ExpectedConditions.visibilityOfElementLocated(rowOfCase));
        row.findElement(By.cssSelector("input[id$=':amount']")).sendKeys("abc");
        row.findElement(By.cssSelector("button[id$=':approve']")).click();
        manager.waiting().ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(rowOfCase).getText().contains(b.notAnAmount()));
        row = manager.driver.findElement(rowOfCase);
        WebElement amount = row.findElement(By.cssSelector("input[id$=':amount']"));
        assertEquals("abc", amount.getAttribute("value"), "the typed text is kept");
        manager.screenshot("approval-refused-" + b.prefix());

        amount.clear();
        amount.sendKeys("380,00");
        row.findElement(By.cssSelector("button[id$=':approve']")).click();
        manager.waiting().until(ExpectedConditions.invisibilityOfElementLocated(rowOfCase));
    }
}
