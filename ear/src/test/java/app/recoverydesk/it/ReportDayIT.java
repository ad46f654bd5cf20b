package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An executive's glance at the report of Bistro Nord: the tiles show the API's figures for the same days, the PDF
 * carries the charts as images and numbers its pages, the spreadsheet CSV is Norwegian, the trend marks its
 * partial week, and switching the language rebuilds the tables.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportDayIT {

    @BeforeAll
    static void seeded() {
        ReportIT.seed();
    }

    private static JsonObject apiReport() {
        return Api.get("/reports/compliance?" + ReportIT.period(), Keycloak.token(ReportIT.EXECUTIVE)).json();
    }

    private static void open(Browser browser) {
        browser.signIn(ReportIT.EXECUTIVE);
        browser.driver.get(Deployments.APP + "/reports/compliance.xhtml");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("kpis")));
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    @Test
    void theTilesShowTheApiFiguresWithTheirChange() {
        JsonObject api = apiReport();
        JsonObject current = api.getJsonObject("current");
        Map<String, JsonObject> kpis = api.getJsonArray("kpis").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(k -> k.getString("key"), k -> k));
        // the API's tiles are its own raw figures
        assertEquals(current.getJsonObject("incidents").getJsonNumber("count").longValue(),
                kpis.get("incidents").getJsonNumber("current").longValue());
        assertEquals(current.getJsonObject("recoveries").getJsonNumber("overLimitWithoutApproval").longValue(),
                kpis.get("overLimit").getJsonNumber("current").longValue());
        JsonObject recoveries = current.getJsonObject("recoveries");
        assertEquals(round1(100.0 * recoveries.getInt("withinPolicy") / recoveries.getInt("count")),
                kpis.get("withinPolicy").getJsonNumber("current").doubleValue(), 0.001);
        assertEquals(new BigDecimal(recoveries.getJsonArray("value").getJsonObject(0).getString("amount")),
                new BigDecimal(kpis.get("recoveryValue").getJsonObject("current").getString("amount")));

        try (Browser browser = new Browser(1366, 2400)) {
            open(browser);
            browser.screenshot("report-1366");
            List<WebElement> tiles = browser.driver.findElements(By.cssSelector("#kpis .app-kpi"));
            assertEquals(List.of("incidents", "recoveryValue", "withinPolicy", "approvalP90", "promisesKept", "csat", "nps", "overLimit"),
                    tiles.stream().map(t -> t.getAttribute("data-kpi")).toList());
            for (WebElement tile : tiles) {
                JsonObject kpi = kpis.get(tile.getAttribute("data-kpi"));
                String value = tile.getAttribute("data-value");
                JsonValue expected = kpi.get("current");
                switch (expected.getValueType()) {
                    case NULL -> assertEquals("", value, kpi.toString());
                    case OBJECT -> assertEquals(new BigDecimal(expected.asJsonObject().getString("amount")), new BigDecimal(value));
                    default -> assertEquals(((jakarta.json.JsonNumber) expected).doubleValue(), Double.parseDouble(value), 0.001,
                            kpi.getString("key"));
                }
                JsonValue change = kpi.get("change");
                assertEquals(change.getValueType() == JsonValue.ValueType.NULL ? "none"
                        : change.asJsonObject().getString("direction").toUpperCase(), tile.getAttribute("data-change"), kpi.toString());
                String spoken = tile.findElement(By.cssSelector(".app-kpi-spoken")).getAttribute("textContent");
                assertTrue(spoken.contains("forrige periode") || spoken.contains("ingen tidligere data"),
                        "the change in words for screen readers: " + spoken);
            }
            String incidents = browser.driver.findElement(By.cssSelector("#kpi-incidents .app-kpi-value")).getText();
            assertEquals(String.valueOf(kpis.get("incidents").getJsonNumber("current").longValue()), incidents.replaceAll("[^0-9]", ""));
            String arrow = browser.driver.findElement(By.cssSelector("#kpi-incidents .app-kpi-change")).getText();
            String direction = kpis.get("incidents").get("change").getValueType() == JsonValue.ValueType.NULL ? "none"
                    : kpis.get("incidents").getJsonObject("change").getString("direction");
            assertTrue(switch (direction) {
                case "up" -> arrow.startsWith("▲") && arrow.endsWith("%");
                case "down" -> arrow.startsWith("▼") && arrow.endsWith("%");
                case "same" -> arrow.startsWith("=");
                default -> arrow.contains("ingen tidligere data");
            }, "the arrow and per cent: " + arrow + " for " + kpis.get("incidents"));

            assertTrue(browser.driver.findElement(By.cssSelector("#benchmarkChart canvas")).isDisplayed(), "the benchmark has its own chart");
            // the week with today in it is not over
            List<WebElement> weeks = browser.driver.findElements(By.cssSelector("#table-trend tbody tr"));
            WebElement last = weeks.get(weeks.size() - 1);
            assertTrue(last.getAttribute("class").contains("app-partial") && last.getText().contains("(delvis)"), last.getText());
            assertTrue(weeks.stream().limit(weeks.size() - 1).skip(1).noneMatch(w -> w.getText().contains("(delvis)")),
                    "whole weeks are not marked");
            List<String> causes = browser.driver.findElements(By.cssSelector("#table-rootCauses tbody tr td:first-child")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(causes.stream().distinct().count(), causes.size(), "no root cause listed twice: " + causes);
        }
        JsonArray trend = api.getJsonObject("tables").getJsonObject("trend").getJsonArray("rows");
        assertEquals("true", trend.getJsonArray(trend.size() - 1).getString(4), "the API flags the partial week too");
    }

    @Test
    void thePdfHasTheChartsAsImagesAndNumberedPages() throws Exception {
        try (Browser browser = new Browser(1366, 1000)) {
            open(browser);
            PdfReader reader = new PdfReader(Files.readAllBytes(browser.download(By.id("report:pdf"), ".pdf")));
            int images = 0;
            int pages = reader.getNumberOfPages();
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= pages; page++) {
                images += images(reader, page);
                String text = new PdfTextExtractor(reader).getTextFromPage(page);
                assertTrue(text.contains("Side " + page + " av " + pages), "page " + page + ": " + text);
                all.append(text);
            }
            assertTrue(pages > 1, "the report runs over pages: " + pages);
            assertEquals(3, images, "the root causes, the benchmark and the trend");
            assertTrue(new PdfTextExtractor(reader).getTextFromPage(1).contains("Løfter holdt i tide"), "the tiles on the first page");
            assertTrue(all.toString().contains("(delvis)"), "the trend's partial week: " + all);
        }
    }

    private static int images(PdfReader reader, int page) {
        PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
        PdfDictionary xobjects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
        int n = 0;
        for (PdfName name : xobjects == null ? java.util.Set.<PdfName>of() : xobjects.getKeys()) {
            PdfDictionary x = (PdfDictionary) PdfReader.getPdfObject(xobjects.get(name));
            n += PdfName.IMAGE.equals(x.getAsName(PdfName.SUBTYPE)) ? 1 : 0;
        }
        return n;
    }

    @Test
    void theNorwegianSpreadsheetHasSemicolonsAndDecimalCommas() throws Exception {
        // an amount the API gives as "1234.50 NOK" in the options table
        JsonArray options = apiReport().getJsonObject("tables").getJsonObject("options").getJsonArray("rows");
        String amount = options.stream().map(r -> r.asJsonArray().getString(3)).filter(v -> v.endsWith(" NOK") && !v.startsWith("0.00"))
                .findFirst().orElseThrow().replace(" NOK", "");
        try (Browser browser = new Browser(1366, 1000)) {
            open(browser);
            String csv = Files.readString(browser.download(By.cssSelector("a[data-format='sheet'][data-table='options']"), ".csv"),
                    StandardCharsets.UTF_8);
            assertTrue(csv.startsWith("\uFEFFTiltak;"), "a byte-order mark and Norwegian headers, semicolons: " + csv);
            assertTrue(csv.lines().findFirst().orElseThrow().contains("(NOK)"), "the currency in the amounts' header: " + csv);
            assertTrue(csv.contains(";" + amount.replace('.', ',') + ";"), amount + " with a decimal comma: " + csv);
        }
    }

    @Test
    void switchingTheLanguageRebuildsTheTables() {
        try (Browser browser = new Browser(375, 2000)) {
            open(browser);
            browser.screenshot("report-375");
            assertEquals("Måltall", header(browser));
            browser.driver.findElement(By.cssSelector("#language a[lang='en']")).click();
            browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> "Measure".equals(header(d.findElement(By.cssSelector("#table-summary th")))));
            assertTrue(browser.driver.findElement(By.id("table-summary")).getText().contains("Incidents"), "row labels too");
            assertTrue(browser.driver.findElement(By.id("kpi-incidents")).getText().contains("Incidents"));
            browser.driver.findElement(By.cssSelector("#language a[lang='nb']")).click();
            browser.waiting().ignoring(StaleElementReferenceException.class).until(d -> "Måltall".equals(header(d.findElement(By.cssSelector("#table-summary th")))));
        }
    }

    private static String header(Browser browser) {
        return header(browser.driver.findElement(By.cssSelector("#table-summary th")));
    }

    private static String header(WebElement th) {
        return th.getText().strip();
    }
}
