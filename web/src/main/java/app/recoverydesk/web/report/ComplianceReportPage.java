package app.recoverydesk.web.report;

import app.recoverydesk.report.ComplianceReport;
import app.recoverydesk.report.ComplianceReports;
import app.recoverydesk.report.Figures;
import app.recoverydesk.tenancy.Location;
import app.recoverydesk.tenancy.Locations;
import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.web.i18n.LocaleSelector;
import app.recoverydesk.web.i18n.Messages;
import app.recoverydesk.web.i18n.Texts;
import app.recoverydesk.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The compliance report page: period and locations above, charts and the tables with their drill-downs below. */
@Named("complianceReport")
@ViewScoped
public class ComplianceReportPage implements Serializable {

    @Inject
    private ComplianceReports reports;

    @Inject
    private Locations locations;

    @Inject
    private CurrentCaller caller;

    @Inject
    private LocaleSelector locale;

    private LocalDate from;
    private LocalDate to;
    private List<Long> locationIds = new ArrayList<>();
    private List<Location> locationChoices;
    private transient ComplianceReport report;
    private transient List<ReportTable> tables;
    /** The language the tables were built in: after the user picks another, they are built again. */
    private Locale shownIn;

    @PostConstruct
    void init() {
        to = LocalDate.now(caller.timeZone());
        from = to.minusDays(ComplianceReports.DEFAULT_DAYS - 1);
        // a manager limited to some locations picks among those only
        Set<Long> permitted = reports.permittedLocations();
        locationChoices = locations.all().stream().filter(l -> permitted == null || permitted.contains(l.getId())).toList();
    }

    /** Runs when the page opens (f:viewAction) and on every "show". */
    public void show() {
        try {
            report = reports.report(reports.scope(from, to, new HashSet<>(locationIds)), locale.getLocale());
            tables = ReportTables.of(report, text());
            shownIn = locale.getLocale();
        } catch (InvalidInputException e) {
            report = null;
            tables = List.of();
            shownIn = null;
            e.fields().values().forEach(m -> Messages.errorText(null, Texts.render(m, locale.getLocale(), caller.timeZone())));
        }
    }

    /**
     * The language menu posts back to this same view (and this bean): the report and its tables hold names in
     * the language they were made in (headers, rows, option names), so a new language makes them again.
     */
    private void fresh() {
        if (report != null && !locale.getLocale().equals(shownIn)) {
            show();
        }
    }

    /** The bundle of the user's language: a view action runs before the page's locale is applied. */
    private java.util.function.Function<String, String> text() {
        return Messages.in(locale.getLocale());
    }

    public String format(Object value) {
        return CellFormat.forPeople(locale.getLocale(), caller.timeZone()).format(value);
    }

    private ReportRequest request() {
        return new ReportRequest(from, to, Set.copyOf(locationIds));
    }

    /** The drill-down link of a cell, or null when the figure has none. */
    public String drillUrl(ReportTable.Cell cell) {
        if (cell.link() != null) {
            return cell.link();
        }
        if (cell.drill() == null || report == null) {
            return null;
        }
        ReportTable.Drill d = cell.drill();
        ReportRequest r = new ReportRequest(d.from() != null ? d.from() : from, d.to() != null ? d.to() : to,
                d.locationId() == null ? Set.copyOf(locationIds) : Set.of(d.locationId()));
        return "/reports/incidents.xhtml?figure=" + d.figure() + (d.key() == null ? "" : "&key=" + urlEncode(d.key()))
                + "&" + r.query();
    }

    public String csvUrl(String table) {
        return "/reports/export?format=csv&table=" + table + "&" + request().query();
    }

    public String getPdfUrl() {
        return "/reports/export?format=pdf&" + request().query();
    }

    /** The charts (root causes, the benchmark, the trend) as Chart.js configurations, by id. */
    public String chart(String id) {
        fresh();
        if (report == null) {
            return "{}";
        }
        return ReportChart.of(report, text(), CellFormat.forPeople(locale.getLocale(), caller.timeZone())).stream()
                .filter(c -> c.id().equals(id)).findFirst().map(ChartJs::config).orElse("{}");
    }

    public String getRootCauseChart() {
        return chart("rootCauseChart");
    }

    public String getBenchmarkChart() {
        return chart("benchmarkChart");
    }

    public String getTrendChart() {
        return chart("trendChart");
    }

    /** The tiles at the top: the same figures, computed the same way, as the API's report gives. */
    public List<Kpi> getKpis() {
        fresh();
        return report == null ? List.of() : Kpi.of(report);
    }

    public KpiText getKpiText() {
        return new KpiText(text(), locale.getLocale(), CellFormat.forPeople(locale.getLocale(), caller.timeZone()));
    }

    /** A tile's value as programs read it (a dot for decimals, no currency), for tests and scripts reading the page. */
    public String machine(Object value) {
        return value instanceof app.recoverydesk.money.Money m ? m.decimal().toPlainString()
                : CellFormat.forSpreadsheets(caller.timeZone()).format(value);
    }

    public boolean partial(List<ReportTable.Cell> row) {
        return ReportTable.partial(row);
    }

    public String sheetUrl(String table) {
        return "/reports/export?format=sheet&table=" + table + "&" + request().query();
    }

    private static String urlEncode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public boolean isOverLimit() {
        return report != null && report.current().recoveries().overLimit() > 0;
    }

    public Figures getCurrent() {
        return report == null ? null : report.current();
    }

    public ComplianceReport getReport() { return report; }
    public List<ReportTable> getTables() { fresh(); return tables; }
    public List<Location> getLocations() { return locationChoices; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public List<Long> getLocationIds() { return locationIds; }
    public void setLocationIds(List<Long> locationIds) { this.locationIds = locationIds == null ? new ArrayList<>() : locationIds; }
}
