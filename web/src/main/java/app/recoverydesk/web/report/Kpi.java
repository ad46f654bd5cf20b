package app.recoverydesk.web.report;

import app.recoverydesk.money.Money;
import app.recoverydesk.report.ComplianceReport;
import app.recoverydesk.report.Figures;
import java.util.ArrayList;
import java.util.List;

/**
 * One tile at the top of the report: a headline figure of the period, the same of the period before and the
 * change between them. Built from the report's figures, so the page, the PDF and the API show the same numbers.
 * {@code target} is what the figure is measured against (the approval time's), or null.
 */
public record Kpi(String key, Object current, Object previous, Change change, boolean lowerIsBetter, Object target) {

    /** The headline figures, in the order the tiles show them. */
    public static final List<String> KEYS = List.of("incidents", "recoveryValue", "withinPolicy", "approvalP90",
            "promisesKept", "csat", "nps", "overLimit");

    public enum Direction { UP, DOWN, SAME }

    /**
     * How the figure moved: for shares and scores in percentage points, for counts, amounts and times in per cent
     * of the previous value ({@code amount} null when that was zero: no per cent of nothing).
     */
    public record Change(Direction direction, Double amount, boolean points) {
    }

    /** Whether the change is an improvement (null when there is none to judge). */
    public Boolean better() {
        if (change == null || change.direction() == Direction.SAME) {
            return null;
        }
        return (change.direction() == Direction.DOWN) == lowerIsBetter;
    }

    /** Whether the figure misses its target (only figures with one). */
    public boolean overTarget() {
        return target instanceof ReportTable.Minutes t && current instanceof ReportTable.Minutes c && c.value() > t.value();
    }

    public static List<Kpi> of(ComplianceReport report) {
        Figures c = report.current();
        Figures p = report.previous();
        // a previous period without any activity gives nothing to compare with, not a change from zero
        boolean compare = p.incidents().count() + p.recoveries().count() + p.promises().settled() + p.feedback().answers() > 0;
        List<Kpi> kpis = new ArrayList<>();
        kpis.add(kpi("incidents", c.incidents().count(), p.incidents().count(), compare, true, null));
        kpis.add(kpi("recoveryValue", value(c, report), value(p, report), compare, false, null));
        kpis.add(kpi("withinPolicy", percent(withinPolicy(c)), percent(withinPolicy(p)), compare, false, null));
        kpis.add(kpi("approvalP90", minutes(c.approvals().decisionMinutes().p90()),
                minutes(p.approvals().decisionMinutes().p90()), compare, true, new ReportTable.Minutes(c.approvals().targetMinutes())));
        kpis.add(kpi("promisesKept", percent(c.promises().keptRate()), percent(p.promises().keptRate()), compare, false, null));
        kpis.add(kpi("csat", percent(c.feedback().csat()), percent(p.feedback().csat()), compare, false, null));
        kpis.add(kpi("nps", c.feedback().nps(), p.feedback().nps(), compare, false, null));
        kpis.add(kpi("overLimit", c.recoveries().overLimit(), p.recoveries().overLimit(), compare, true, null));
        return kpis;
    }

    /** Recoveries granted or approved within policy at once, of all recoveries. */
    static Double withinPolicy(Figures f) {
        return Figures.percent(f.recoveries().withinPolicy(), f.recoveries().count());
    }

    private static Kpi kpi(String key, Object current, Object previous, boolean compare, boolean lowerIsBetter, Object target) {
        return new Kpi(key, current, previous, compare ? change(current, previous) : null, lowerIsBetter, target);
    }

    static Change change(Object current, Object previous) {
        Double now = magnitude(current);
        Double before = magnitude(previous);
        if (now == null || before == null || current instanceof Money a && previous instanceof Money b
                && !a.currency().equals(b.currency())) {
            return null;
        }
        Direction direction = now > before ? Direction.UP : now < before ? Direction.DOWN : Direction.SAME;
        // shares and the NPS are themselves in percent: their change is in points
        boolean points = current instanceof ReportTable.Percent || current instanceof Double;
        if (points) {
            return new Change(direction, round1(Math.abs(now - before)), true);
        }
        Double percent = before == 0 ? (now == 0 ? Double.valueOf(0) : null) : Double.valueOf(round1(Math.abs(now - before) * 100 / before));
        return new Change(direction, percent, false);
    }

    private static Double magnitude(Object value) {
        if (value instanceof Money m) {
            return m.decimal().doubleValue();
        } else if (value instanceof ReportTable.Percent p) {
            return p.value();
        } else if (value instanceof ReportTable.Minutes m) {
            return (double) m.value();
        } else if (value instanceof Number n) {
            return n.doubleValue();
        }
        return null;
    }

    /** The value granted in the tenant's currency (a period after a currency change shows that currency's part). */
    private static Money value(Figures f, ComplianceReport report) {
        return f.recoveries().value().stream().filter(m -> m.currency().equals(report.currency())).findFirst()
                .orElse(Money.ofMinor(0, report.currency()));
    }

    private static ReportTable.Percent percent(Double value) {
        return value == null ? null : new ReportTable.Percent(value);
    }

    private static ReportTable.Minutes minutes(Long value) {
        return value == null ? null : new ReportTable.Minutes(value);
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
