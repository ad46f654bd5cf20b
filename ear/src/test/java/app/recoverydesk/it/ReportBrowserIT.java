package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An executive of Bistro Nord reads the compliance report in Norwegian: the figures against the seeded cases,
 * the over-limit alert, the charts, a drill-down to the case behind a figure, and the CSV and PDF downloads.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportBrowserIT {

    @BeforeAll
    static void seeded() {
        ReportIT.seed();
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }

    @Test
    void theExecutiveReadsChecksDrillsDownAndDownloads() throws Exception {
        long incidents = Database.count("select count(*) from incident where tenant_id = ? and occurred_at >= ? and occurred_at < ?",
                ReportIT.bistro, ReportIT.utcStart(), ReportIT.utcEnd());
        long overLimit = Database.count("select count(*) from recovery r join recovery_policy p on p.id = r.policy_id"
                + " where r.tenant_id = ? and r.requested_at >= ? and r.requested_at < ? and r.status = 'GRANTED'"
                + " and (r.exceeded is not null or r.amount_minor > p.per_incident_minor)",
                ReportIT.bistro, ReportIT.utcStart(), ReportIT.utcEnd());
        try (Browser browser = new Browser(1280, 1000)) {
            browser.signIn(ReportIT.EXECUTIVE);
            browser.driver.findElement(By.id("compliance-report")).click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("table-summary")));
            browser.screenshot("compliance-report");

            String from = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag("nb"))
                    .format(ReportIT.today().minusDays(29));
            assertTrue(browser.driver.findElement(By.id("period")).getText().contains(from),
                    "the period is written the Norwegian way: " + browser.driver.findElement(By.id("period")).getText());
            assertTrue(browser.driver.findElement(By.id("section-summary")).getText().startsWith("Sammendrag"),
                    "the tables speak the page's language");
            assertEquals(String.valueOf(incidents), digits(drill(browser, "INCIDENTS").getText()));
            assertEquals(String.valueOf(overLimit), digits(drill(browser, "OVER_LIMIT").getText()));
            assertTrue(browser.driver.findElement(By.id("over-limit-alert")).isDisplayed());
            assertTrue(browser.driver.findElement(By.cssSelector("#trendChart canvas")).isDisplayed());
            assertTrue(browser.driver.findElement(By.cssSelector("#rootCauseChart canvas")).isDisplayed());
            assertTrue(browser.driver.findElement(By.id("table-overLimit")).getText().contains("#" + ReportIT.thirdCase));

            Path csv = browser.download(By.cssSelector("a.app-download[data-table='summary']"), ".csv");
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("\uFEFFMåltall,") && text.contains("\r\nHendelser," + incidents + ","),
                    "the CSV has the page's language and the same figure: " + text);
            Path pdf = browser.download(By.id("report:pdf"), ".pdf");
            PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
            String first = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(first.contains(DemoData.BISTRO), first);

            // the trend's last week opens to its own incidents
            List<WebElement> weeks = browser.driver.findElements(By.cssSelector("#table-trend a.drill[data-figure='INCIDENTS']"));
            String lastWeek = weeks.get(weeks.size() - 1).getAttribute("href");
            assertTrue(lastWeek.contains("to=" + ReportIT.today()) && !lastWeek.contains("from=" + ReportIT.today().minusDays(29)),
                    "the week's link names the week's days: " + lastWeek);
            browser.driver.get(lastWeek);
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("drill:incidents")));
            assertTrue(drillShows(browser, "Late table " + ReportIT.marker), "the week's incidents hold the late table");
            browser.driver.navigate().back();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("table-summary")));

            drill(browser, "OVER_LIMIT").click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("drill:incidents")));
            assertTrue(browser.driver.findElements(By.cssSelector("#drill\\:incidents a.incident-link")).stream()
                    .anyMatch(a -> a.getAttribute("href").endsWith("id=" + ReportIT.thirdCase)),
                    "the drill-down lists the case with the recovery over its limit");
            browser.driver.findElements(By.cssSelector("#drill\\:incidents a.incident-link")).stream()
                    .filter(a -> a.getAttribute("href").endsWith("id=" + ReportIT.thirdCase)).findFirst().orElseThrow().click();
            browser.waiting().until(ExpectedConditions.urlContains("/incidents/view"));
            assertTrue(drillShows(browser, "Late table " + ReportIT.marker), "the week's incidents hold the late table");
        }
    }

    @Test
    void aManagerAssignedToOneLocationPicksAmongTheirOwnOnly() throws Exception {
        long own = DemoData.locationIds("bistro-admin").get(0);
        try (AutoCloseable assigned = DemoData.assignLocations("bistro-admin", ReportIT.MANAGER, own);
             Browser browser = new Browser(1280, 1000)) {
            browser.signIn(ReportIT.MANAGER);
            browser.driver.get(Deployments.APP + "/reports/compliance.xhtml");
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("table-summary")));
            List<String> choices = browser.driver.findElements(By.cssSelector("input[type='checkbox'][name='report:locationIds']"))
                    .stream().map(o -> o.getAttribute("value")).toList();
            assertEquals(List.of(String.valueOf(own)), choices, "the manager's own location only");
        }
    }

    private static WebElement drill(Browser browser, String figure) {
        return browser.driver.findElement(By.cssSelector("#table-summary a.drill[data-figure='" + figure + "']"));
    }

    /** Whether the drill-down shows the text on one of its pages: other tests log incidents in the same week. */
    private static boolean drillShows(Browser browser, String text) {
        for (int page = 0; page < 50; page++) {
            if (browser.driver.getPageSource().contains(text)) {
                return true;
            }
            List<WebElement> next = browser.driver.findElements(
                    By.cssSelector("#drill\\:incidents .ui-paginator-next:not(.ui-state-disabled)"));
            if (next.isEmpty()) {
                return false;
            }
            WebElement firstRow = browser.driver.findElement(By.cssSelector("#drill\\:incidents a.incident-link"));
            next.get(0).click();
            browser.waiting().until(ExpectedConditions.stalenessOf(firstRow));
        }
        return false;
    }
}
