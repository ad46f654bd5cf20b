package app.recoverydesk.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.recoverydesk.incident.RootCause;
import app.recoverydesk.money.Money;
import app.recoverydesk.report.ComplianceReport;
import app.recoverydesk.report.Figures;
import app.recoverydesk.report.Period;
import app.recoverydesk.report.Spread;
import app.recoverydesk.web.i18n.Messages;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The report's files from a report made by hand: the PDF's tiles, chart images and page numbers, the spreadsheet
 * CSV in Norwegian, the tiles' changes, the trend's partial bucket and the root causes listed once each.
 */
class ReportExportTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Currency NOK = Currency.getInstance("NOK");
    private static final Locale NB = Locale.forLanguageTag("nb");

    private static Figures figures(long incidents, long withinPolicy, long approved, long valueMinor, long kept, long late) {
        return new Figures(new Figures.Incidents(incidents, Map.of(RootCause.EMPLOYEE, incidents / 2,
                RootCause.PROCESS, incidents - incidents / 2), 0, 0, Spread.NONE, Spread.NONE, 0),
                new Figures.Recoveries(withinPolicy, approved, 0, 0, 0, valueMinor == 0 ? List.of() : List.of(Money.ofMinor(valueMinor, NOK))),
                new Figures.Approvals(Spread.of(Map.of(30L, 8L, 90L, 2L)), 0, 60),
                new Figures.Promises(kept, late, 0, 0), new Figures.Feedback(0, 0, 0, 0, 0));
    }

    private static ComplianceReport report(Figures current, Figures previous) {
        LocalDate to = LocalDate.now(OSLO);
        Period period = new Period(to.minusDays(29), to, OSLO);
        LocalDate week = period.granularity().bucketOf(period.from());
        List<ComplianceReport.TrendPoint> trend = new java.util.ArrayList<>();
        for (LocalDate b = week; !b.isAfter(to); b = period.granularity().next(b)) {
            trend.add(new ComplianceReport.TrendPoint(b, 3, 2, 1));
        }
        return new ComplianceReport(period, Set.of(), NOK, current, previous, trend,
                List.of(new ComplianceReport.OptionUse(1, "Dessert", 4, 0, Money.ofMinor(123450, NOK), Money.ofMinor(35000, NOK),
                        Money.ofMinor(35000, NOK), null, 2L)), List.of(), List.of(), List.of(), Map.of(), List.of(), List.of(), NO_VOLUME);
    }

    private static final ComplianceReport.Volume NO_VOLUME = new ComplianceReport.Volume(
            app.recoverydesk.volume.VolumeUnit.COVERS, new app.recoverydesk.volume.Rate(0, 0, 0, 0),
            new app.recoverydesk.volume.Rate(0, 0, 0, 0), List.of());

    private static final Function<String, String> NORWEGIAN = Messages.in(NB);

    @Test
    void theNorwegianSpreadsheetHasSemicolonsDecimalCommasAndTheCurrencyInTheHeader() {
        ComplianceReport report = report(figures(10, 8, 2, 123450, 3, 1), figures(8, 6, 1, 90000, 2, 2));
        String csv = CsvExport.forSpreadsheet(ReportTables.one(report, NORWEGIAN, "options"), NB, OSLO);
        assertTrue(csv.startsWith("\uFEFF"), "a byte-order mark for the spreadsheet: " + csv);
        String[] lines = csv.substring(1).split("\r\n");
        assertTrue(lines[0].startsWith("Tiltak;") && lines[0].contains("(NOK)"), lines[0]);
        assertTrue(lines[1].contains(";1234,50;") && lines[1].contains(";350,00;"), lines[1]);
        String machine = CsvExport.write(ReportTables.one(report, NORWEGIAN, "options"), CellFormat.forSpreadsheets(OSLO));
        assertTrue(machine.contains(",1234.50 NOK,"), "the one for programs stays as it was: " + machine);
        String english = CsvExport.forSpreadsheet(ReportTables.one(report, Messages.in(Locale.ROOT), "options"), Locale.ENGLISH, OSLO);
        assertTrue(english.contains(";1234.50;"), english);
    }

    @Test
    void thePdfHasTheTilesTheChartsAsImagesAndPageNumbers() throws Exception {
        ComplianceReport report = report(figures(10, 8, 2, 123450, 3, 1), figures(8, 6, 1, 90000, 2, 2));
        byte[] pdf = PdfExport.report(report, "Rapport", List.of("Periode"), NORWEGIAN, NB, OSLO);
        PdfReader reader = new PdfReader(pdf);
        int images = 0;
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            images += images(reader, page);
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
            assertTrue(new PdfTextExtractor(reader).getTextFromPage(page).contains("Side " + page + " av " + reader.getNumberOfPages()),
                    "page " + page + " is numbered");
        }
        assertEquals(3, images, "the root causes, the benchmark and the trend");
        assertTrue(text.toString().contains("Nøkkeltall") || text.toString().contains("Hendelser"), text.toString());
        assertTrue(text.toString().contains("▲ 25 %"), "the incidents' tile: 8 → 10 " + text);
    }

    private static int images(PdfReader reader, int page) {
        PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
        PdfDictionary xobjects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
        if (xobjects == null) {
            return 0;
        }
        int n = 0;
        for (PdfName name : xobjects.getKeys()) {
            PdfDictionary x = (PdfDictionary) PdfReader.getPdfObject(xobjects.get(name));
            n += PdfName.IMAGE.equals(x.getAsName(PdfName.SUBTYPE)) ? 1 : 0;
        }
        return n;
    }

    @Test
    void tilesCompareWithThePreviousPeriodInPerCentOrPoints() {
        List<Kpi> kpis = Kpi.of(report(figures(10, 8, 2, 123450, 3, 1), figures(8, 6, 1, 90000, 2, 2)));
        Kpi incidents = kpis.get(0);
        assertEquals(new Kpi.Change(Kpi.Direction.UP, 25.0, false), incidents.change());
        assertFalse(incidents.better(), "more incidents are worse");
        Kpi withinPolicy = kpis.stream().filter(k -> k.key().equals("withinPolicy")).findFirst().orElseThrow();
        // 8 of 10 against 6 of 7
        assertEquals(new ReportTable.Percent(80.0), withinPolicy.current());
        assertEquals(new Kpi.Change(Kpi.Direction.DOWN, 5.7, true), withinPolicy.change());
        KpiText text = new KpiText(NORWEGIAN, NB, CellFormat.forPeople(NB, OSLO));
        assertEquals("opp 25 % mot forrige periode, verre", text.spoken(incidents));
        Kpi p90 = kpis.stream().filter(k -> k.key().equals("approvalP90")).findFirst().orElseThrow();
        assertTrue(text.target(p90).contains("over målet"), "90 min against a target of 60: " + text.target(p90));

        // from zero: no per cent of nothing, but still an arrow
        Kpi fromZero = Kpi.of(report(figures(10, 8, 2, 123450, 3, 1), figures(0, 0, 0, 0, 1, 0))).get(0);
        assertEquals(new Kpi.Change(Kpi.Direction.UP, null, false), fromZero.change());
        assertEquals("fra 0", text.change(fromZero));

        Kpi none = Kpi.of(report(figures(10, 8, 2, 123450, 3, 1), figures(0, 0, 0, 0, 0, 0))).get(0);
        assertNull(none.change());
        assertEquals("ingen tidligere data", text.change(none));
    }

    @Test
    void theTrendMarksItsPartialBucketsAndEachRootCauseIsListedOnce() {
        ComplianceReport report = report(figures(10, 8, 2, 123450, 3, 1), figures(8, 6, 1, 90000, 2, 2));
        ReportTable trend = ReportTables.one(report, NORWEGIAN, "trend");
        List<ReportTable.Cell> last = trend.rows().get(trend.rows().size() - 1);
        assertTrue(ReportTable.partial(last), "the week with today in it is not over");
        assertTrue(CellFormat.forPeople(NB, OSLO).format(last.get(0).value()).endsWith("(delvis)"));
        assertEquals("true", CellFormat.forSpreadsheets(OSLO).format(last.get(last.size() - 1).value()));
        assertTrue(ReportChart.trend(report, NORWEGIAN, CellFormat.forPeople(NB, OSLO)).labels().get(trend.rows().size() - 1)
                .endsWith("(delvis)"));

        // a period that ends on a Sunday still to come: its last week is as long as the others but not over
        LocalDate monday = LocalDate.now(OSLO).with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        Period weeks = new Period(monday.minusWeeks(3), monday.plusDays(6), OSLO);
        ComplianceReport running = new ComplianceReport(weeks, Set.of(), NOK, report.current(), report.previous(),
                List.of(new ComplianceReport.TrendPoint(monday.minusWeeks(3), 1, 1, 0), new ComplianceReport.TrendPoint(monday, 1, 1, 0)),
                List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), List.of(), NO_VOLUME);
        assertFalse(running.partial(running.trend().get(0)), "a whole week of the past");
        assertTrue(running.partial(running.trend().get(1)), "this week");

        // the root causes as sideways bars with their whole names, counts without halves on the axis
        jakarta.json.JsonObject chart = jakarta.json.Json.createReader(new java.io.StringReader(
                ChartJs.config(ReportChart.rootCauses(report, NORWEGIAN)))).readObject();
        assertEquals("y", chart.getJsonObject("options").getString("indexAxis"));
        assertEquals(0, chart.getJsonObject("options").getJsonObject("scales").getJsonObject("x").getJsonObject("ticks").getInt("precision"));
        assertEquals(NORWEGIAN.apply("RootCause.CUSTOMER_EXPECTATION"), String.join(" ", chart.getJsonObject("data")
                .getJsonArray("labels").getJsonArray(1).getValuesAs(jakarta.json.JsonString::getString)));

        List<String> names = ReportTables.one(report, NORWEGIAN, "rootCauses").rows().stream()
                .map(r -> String.valueOf(r.get(0).value())).toList();
        assertEquals(names.stream().distinct().count(), names.size(), "no name twice: " + names);
        assertTrue(names.contains(NORWEGIAN.apply("RootCause.EMPLOYEE")) && !names.contains(NORWEGIAN.apply("report.group.EMPLOYEE")),
                "the employee group is the employee cause, listed once: " + names);
        assertTrue(names.contains(NORWEGIAN.apply("report.group.SYSTEM")), "a group of several causes has its subtotal");
    }
}
