package app.recoverydesk.web.report;

import app.recoverydesk.report.ComplianceReport;
import app.recoverydesk.report.ComplianceReports;
import app.recoverydesk.report.Figures;
import app.recoverydesk.report.RootCauseGroup;
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
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        } catch (InvalidInputException e) {
            report = null;
            tables = List.of();
            e.fields().values().forEach(m -> Messages.errorText(null, Texts.render(m, locale.getLocale(), caller.timeZone())));
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

    /** The tenant's root-cause split next to the research benchmark's middle, in percent, as a Chart.js bar chart. */
    public String getRootCauseChart() {
        if (report == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder tenant = Json.createArrayBuilder();
        JsonArrayBuilder benchmark = Json.createArrayBuilder();
        for (RootCauseGroup group : RootCauseGroup.values()) {
            if (group == RootCauseGroup.THIRD_PARTY) {
                continue;
            }
            labels.add(text().apply("report.group." + group));
            Double share = report.current().incidents().shares().get(group);
            tenant.add(share == null ? 0 : share);
            benchmark.add((group.low + group.high) / 2.0);
        }
        return Json.createObjectBuilder().add("type", "bar").add("data", Json.createObjectBuilder().add("labels", labels)
                .add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", text().apply("report.chart.yours")).add("data", tenant)
                                .add("backgroundColor", "#1f3b57"))
                        .add(Json.createObjectBuilder().add("label", text().apply("report.chart.benchmark")).add("data", benchmark)
                                .add("backgroundColor", "#9aa9b8"))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false))
                .build().toString();
    }

    /** Incidents, recoveries and exceptions per week or month. */
    public String getTrendChart() {
        if (report == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder incidents = Json.createArrayBuilder();
        JsonArrayBuilder recoveries = Json.createArrayBuilder();
        JsonArrayBuilder exceptions = Json.createArrayBuilder();
        for (ComplianceReport.TrendPoint p : report.trend()) {
            labels.add(format(p.bucket()));
            incidents.add(p.incidents());
            recoveries.add(p.recoveries());
            exceptions.add(p.exceptions());
        }
        return Json.createObjectBuilder().add("type", "line").add("data", Json.createObjectBuilder().add("labels", labels)
                .add("datasets", Json.createArrayBuilder()
                        .add(dataset("report.col.incidents", incidents, "#1f3b57"))
                        .add(dataset("report.col.recoveries", recoveries, "#2e7d32"))
                        .add(dataset("report.col.exceptions", exceptions, "#c62828"))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false))
                .build().toString();
    }

    private jakarta.json.JsonObjectBuilder dataset(String key, JsonArrayBuilder data, String color) {
        return Json.createObjectBuilder().add("label", text().apply(key)).add("data", data).add("borderColor", color)
                .add("backgroundColor", color);
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
    public List<ReportTable> getTables() { return tables; }
    public List<Location> getLocations() { return locationChoices; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public List<Long> getLocationIds() { return locationIds; }
    public void setLocationIds(List<Long> locationIds) { this.locationIds = locationIds == null ? new ArrayList<>() : locationIds; }
}
