package app.recoverydesk.web.report;

import static app.recoverydesk.json.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * A report chart as the Chart.js configuration p:chart takes. Bars run sideways (indexAxis y) so that every
 * label is shown whole; a trend's partial points are hollow squares, their label says "(partial)".
 */
final class ChartJs {

    private ChartJs() {
    }

    /** A bar's label in lines of a few words (Chart.js takes a list as lines), so a narrow chart still shows it whole. */
    private static JsonArrayBuilder labels(ReportChart chart) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        for (String label : chart.labels()) {
            if (chart.kind() != ReportChart.Kind.BARS) {
                labels.add(label);
                continue;
            }
            JsonArrayBuilder lines = JSON.createArrayBuilder();
            StringBuilder line = new StringBuilder();
            for (String word : label.split(" ")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > LINE) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            labels.add(lines.add(line.toString()));
        }
        return labels;
    }

    private static final int LINE = 22;

    static String config(ReportChart chart) {
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (ReportChart.Series s : chart.series()) {
            JsonObjectBuilder set = JSON.createObjectBuilder().add("label", s.name())
                    .add("data", JSON.createArrayBuilder(s.values())).add("borderColor", s.color()).add("backgroundColor", s.color());
            if (chart.kind() == ReportChart.Kind.LINES) {
                JsonArrayBuilder style = JSON.createArrayBuilder();
                JsonArrayBuilder fill = JSON.createArrayBuilder();
                JsonArrayBuilder radius = JSON.createArrayBuilder();
                for (int i = 0; i < s.values().size(); i++) {
                    style.add(chart.isPartial(i) ? "rect" : "circle");
                    fill.add(chart.isPartial(i) ? "#ffffff" : s.color());
                    radius.add(chart.isPartial(i) ? 6 : 3);
                }
                set.add("pointStyle", style).add("pointBackgroundColor", fill).add("pointRadius", radius);
            }
            datasets.add(set);
        }
        JsonObjectBuilder options = JSON.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false);
        // counts have no halves on their axis
        boolean counts = chart.series().stream().flatMap(s -> s.values().stream()).allMatch(v -> v == Math.rint(v));
        JsonObjectBuilder valueAxis = JSON.createObjectBuilder().add("beginAtZero", true);
        if (counts) {
            valueAxis.add("ticks", JSON.createObjectBuilder().add("precision", 0));
        }
        if (chart.kind() == ReportChart.Kind.BARS) {
            options.add("indexAxis", "y").add("scales", JSON.createObjectBuilder().add("x", valueAxis)
                    .add("y", JSON.createObjectBuilder().add("ticks", JSON.createObjectBuilder().add("autoSkip", false))));
        } else {
            options.add("scales", JSON.createObjectBuilder().add("y", valueAxis));
        }
        return JSON.createObjectBuilder().add("type", chart.kind() == ReportChart.Kind.BARS ? "bar" : "line")
                .add("data", JSON.createObjectBuilder().add("labels", labels(chart)).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
