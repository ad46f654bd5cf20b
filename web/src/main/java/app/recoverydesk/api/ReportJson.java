package app.recoverydesk.api;

import static app.recoverydesk.json.Jsons.JSON;

import app.recoverydesk.incident.RootCause;
import app.recoverydesk.money.Money;
import app.recoverydesk.report.Figures;
import app.recoverydesk.report.Spread;
import app.recoverydesk.web.report.Kpi;
import app.recoverydesk.web.report.ReportTable;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** The figures of one period as JSON numbers; money as decimal strings with their ISO currency. */
final class ReportJson {

    private ReportJson() {
    }

    static JsonObject figures(Figures f) {
        JsonObjectBuilder causes = JSON.createObjectBuilder();
        for (RootCause cause : RootCause.values()) {
            causes.add(cause.name(), f.incidents().byRootCause().getOrDefault(cause, 0L));
        }
        JsonArrayBuilder value = JSON.createArrayBuilder();
        for (Money m : f.recoveries().value()) {
            value.add(JSON.createObjectBuilder().add("amount", m.decimal().toPlainString()).add("currency", m.currency().getCurrencyCode()));
        }
        return JSON.createObjectBuilder()
                .add("incidents", JSON.createObjectBuilder().add("count", f.incidents().count()).add("byRootCause", causes)
                        .add("repeatCustomers", f.incidents().repeatCustomers()).add("repeatIncidents", f.incidents().repeatIncidents())
                        .add("responseMinutes", spread(f.incidents().response()))
                        .add("resolutionMinutes", spread(f.incidents().resolution()))
                        .add("unresolved", f.incidents().unresolved()))
                .add("recoveries", JSON.createObjectBuilder().add("count", f.recoveries().count())
                        .add("withinPolicy", f.recoveries().withinPolicy()).add("exceptions", f.recoveries().exceptions())
                        .add("approved", f.recoveries().approved()).add("rejected", f.recoveries().rejected())
                        .add("pending", f.recoveries().pending()).add("overLimitWithoutApproval", f.recoveries().overLimit())
                        .add("value", value))
                .add("approvals", JSON.createObjectBuilder().add("decisionMinutes", spread(f.approvals().decisionMinutes()))
                        .add("overdue", f.approvals().overdue()).add("targetMinutes", f.approvals().targetMinutes()))
                .add("promises", JSON.createObjectBuilder().add("kept", f.promises().kept()).add("late", f.promises().late())
                        .add("broken", f.promises().broken()).add("open", f.promises().open()))
                .add("feedback", JSON.createObjectBuilder().add("answers", f.feedback().answers())
                        .add("solved", f.feedback().solved()).add("satisfied", f.feedback().satisfied())
                        .add("promoters", f.feedback().promoters()).add("detractors", f.feedback().detractors()))
                .build();
    }

    /**
     * The headline figures the page's tiles show: each with its value this period and the one before (numbers;
     * shares in percent; times in minutes; money as amount and currency; null when there is none) and the change
     * (null when the previous period has no data; percent null when the figure was zero before).
     */
    static JsonArrayBuilder kpis(List<Kpi> kpis) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (Kpi k : kpis) {
            JsonObjectBuilder kpi = JSON.createObjectBuilder().add("key", k.key());
            value(kpi, "current", k.current());
            value(kpi, "previous", k.previous());
            value(kpi, "target", k.target());
            if (k.change() == null) {
                kpi.addNull("change");
            } else {
                JsonObjectBuilder change = JSON.createObjectBuilder().add("direction", k.change().direction().name().toLowerCase())
                        .add("unit", k.change().points() ? "points" : "percent");
                if (k.change().amount() == null) {
                    change.addNull("amount");
                } else {
                    change.add("amount", k.change().amount());
                }
                kpi.add("change", change);
            }
            array.add(kpi);
        }
        return array;
    }

    private static void value(JsonObjectBuilder into, String name, Object value) {
        if (value == null) {
            into.addNull(name);
        } else if (value instanceof Money m) {
            into.add(name, JSON.createObjectBuilder().add("amount", m.decimal().toPlainString()).add("currency", m.currency().getCurrencyCode()));
        } else if (value instanceof ReportTable.Percent p) {
            into.add(name, p.value());
        } else if (value instanceof ReportTable.Minutes m) {
            into.add(name, m.value());
        } else if (value instanceof Long n) {
            into.add(name, n);
        } else if (value instanceof Double d) {
            into.add(name, d);
        } else {
            into.add(name, value.toString());
        }
    }

    private static JsonObjectBuilder spread(Spread s) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("count", s.count());
        if (s.median() != null) {
            b.add("median", s.median()).add("p90", s.p90());
        }
        return b;
    }

    /**
     * Incidents per 1,000 units in both periods, over the location-days with a recorded volume, in total and per
     * location; rates as decimal strings (two decimals), null where no volume was recorded.
     */
    static JsonObject volume(app.recoverydesk.report.ComplianceReport.Volume v) {
        jakarta.json.JsonArrayBuilder locations = JSON.createArrayBuilder();
        v.byLocation().forEach(l -> locations.add(JSON.createObjectBuilder().add("locationId", l.locationId())
                .add("name", l.name()).add("current", rate(l.current())).add("previous", rate(l.previous()))));
        return JSON.createObjectBuilder().add("unit", v.unit().name()).add("current", rate(v.current()))
                .add("previous", rate(v.previous())).add("byLocation", locations).build();
    }

    private static JsonObjectBuilder rate(app.recoverydesk.volume.Rate r) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("incidents", r.incidents()).add("units", r.units())
                .add("daysRecorded", r.daysRecorded()).add("days", r.days());
        java.math.BigDecimal perThousand = r.perThousand(2);
        return perThousand == null ? b.addNull("perThousand") : b.add("perThousand", perThousand.toPlainString());
    }
}
