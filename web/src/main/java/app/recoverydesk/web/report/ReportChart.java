package app.recoverydesk.web.report;

import app.recoverydesk.incident.RootCause;
import app.recoverydesk.report.ComplianceReport;
import app.recoverydesk.report.RootCauseGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A chart of the report as data: the page draws it with Chart.js, the PDF as an image, from the same labels
 * and numbers. {@code partial} marks the points of a trend that cover fewer days than the others.
 */
public record ReportChart(String id, String title, Kind kind, List<String> labels, List<Series> series,
                          List<Boolean> partial) {

    public enum Kind { BARS, LINES }

    public record Series(String name, List<Double> values, String color) {
    }

    public static final String DARK = "#1f3b57";
    public static final String LIGHT = "#9aa9b8";
    public static final String GREEN = "#2e7d32";
    public static final String RED = "#c62828";

    public static List<ReportChart> of(ComplianceReport report, Function<String, String> text, CellFormat format) {
        return List.of(rootCauses(report, text), benchmark(report, text), trend(report, text, format));
    }

    /** Incidents per root cause, one bar each with its full name. */
    static ReportChart rootCauses(ComplianceReport report, Function<String, String> text) {
        List<String> labels = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        for (RootCause cause : RootCause.values()) {
            labels.add(text.apply("RootCause." + cause));
            counts.add((double) report.current().incidents().byRootCause().getOrDefault(cause, 0L));
        }
        return new ReportChart("rootCauseChart", text.apply("report.chart.rootCauses"), Kind.BARS, labels,
                List.of(new Series(text.apply("report.col.incidents"), counts, DARK)), List.of());
    }

    /** The tenant's share of each benchmarked group next to the middle of the research band, in percent. */
    static ReportChart benchmark(ComplianceReport report, Function<String, String> text) {
        List<String> labels = new ArrayList<>();
        List<Double> yours = new ArrayList<>();
        List<Double> benchmark = new ArrayList<>();
        for (RootCauseGroup group : RootCauseGroup.values()) {
            if (group == RootCauseGroup.THIRD_PARTY) {
                continue;
            }
            labels.add(text.apply("report.group." + group));
            Double share = report.current().incidents().shares().get(group);
            yours.add(share == null ? 0 : share);
            benchmark.add((group.low + group.high) / 2.0);
        }
        return new ReportChart("benchmarkChart", text.apply("report.chart.benchmarkShare"), Kind.BARS, labels,
                List.of(new Series(text.apply("report.chart.yours"), yours, DARK),
                        new Series(text.apply("report.chart.benchmark"), benchmark, LIGHT)), List.of());
    }

    /** Incidents, recoveries and exceptions per week or month; a bucket not complete says so in its label. */
    static ReportChart trend(ComplianceReport report, Function<String, String> text, CellFormat format) {
        List<String> labels = new ArrayList<>();
        List<Boolean> partial = new ArrayList<>();
        List<Double> incidents = new ArrayList<>();
        List<Double> recoveries = new ArrayList<>();
        List<Double> exceptions = new ArrayList<>();
        for (ComplianceReport.TrendPoint p : report.trend()) {
            boolean part = report.partial(p);
            labels.add(format.format(p.bucket()) + (part ? " " + text.apply("report.partial") : ""));
            partial.add(part);
            incidents.add((double) p.incidents());
            recoveries.add((double) p.recoveries());
            exceptions.add((double) p.exceptions());
        }
        return new ReportChart("trendChart", text.apply("report.chart.trend"), Kind.LINES, labels,
                List.of(new Series(text.apply("report.col.incidents"), incidents, DARK),
                        new Series(text.apply("report.col.recoveries"), recoveries, GREEN),
                        new Series(text.apply("report.col.exceptions"), exceptions, RED)), partial);
    }

    public boolean isPartial(int index) {
        return index < partial.size() && partial.get(index);
    }
}
