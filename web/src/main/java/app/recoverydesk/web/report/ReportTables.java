package app.recoverydesk.web.report;

import app.recoverydesk.incident.RootCause;
import app.recoverydesk.initiative.InitiativeStatus;
import app.recoverydesk.money.Money;
import app.recoverydesk.report.ComplianceReport;
import app.recoverydesk.report.ComplianceReports;
import app.recoverydesk.report.ReportScope;
import app.recoverydesk.report.Figure;
import app.recoverydesk.report.Figures;
import app.recoverydesk.report.RootCauseGroup;
import java.util.ArrayList;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The compliance report as tables — the one shape the page, the CSV files and the PDF all show, so a figure
 * reads the same everywhere. Labels come from the caller's resource bundle.
 */
public final class ReportTables {

    private static final String OVER_LIMIT = "overLimit";

    public static final List<String> IDS = List.of("summary", "rootCauses", "options", OVER_LIMIT, "promisesByLocation",
            "promisesByOwner", "trend", "initiatives", "announced", "overrides", "volume");

    private static final String INITIATIVE = "/initiatives/initiative.xhtml?id=";

    private final ComplianceReport report;
    private final Function<String, String> text;

    private ReportTables(ComplianceReport report, Function<String, String> text) {
        this.report = report;
        this.text = text;
    }

    public static List<ReportTable> of(ComplianceReport report, Function<String, String> text) {
        ReportTables t = new ReportTables(report, text);
        return List.of(t.summary(), t.rootCauses(), t.options(), t.overLimit(),
                t.promises("promisesByLocation", report.promisesByLocation(), "report.col.location"),
                t.promises("promisesByOwner", report.promisesByOwner(), "report.col.owner"), t.trend(),
                t.initiatives(), t.announced(), t.overrides(), t.volume());
    }

    public static ReportTable one(ComplianceReport report, Function<String, String> text, String id) {
        return of(report, text).stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id));
    }

    private ReportTable table(String id, List<List<ReportTable.Cell>> rows, String... headerKeys) {
        return new ReportTable(id, text.apply("report.table." + id),
                Arrays.stream(headerKeys).map(text).toList(), rows);
    }

    private ReportTable summary() {
        Figures c = report.current();
        Figures p = report.previous();
        List<List<ReportTable.Cell>> rows = new ArrayList<>();
        measure(rows, "incidents", c.incidents().count(), p.incidents().count(), Figure.INCIDENTS);
        measure(rows, "incidentsPerThousand", report.volume().current().perThousand(2),
                report.volume().previous().perThousand(2), null);
        measure(rows, "repeatCustomers", c.incidents().repeatCustomers(), p.incidents().repeatCustomers(), Figure.REPEAT);
        measure(rows, "repeatIncidents", c.incidents().repeatIncidents(), p.incidents().repeatIncidents(), Figure.REPEAT);
        measure(rows, "responseMedian", minutes(c.incidents().response().median()), minutes(p.incidents().response().median()), Figure.RESPONDED);
        measure(rows, "responseP90", minutes(c.incidents().response().p90()), minutes(p.incidents().response().p90()), Figure.RESPONDED);
        measure(rows, "resolutionMedian", minutes(c.incidents().resolution().median()), minutes(p.incidents().resolution().median()), Figure.RESOLVED);
        measure(rows, "resolutionP90", minutes(c.incidents().resolution().p90()), minutes(p.incidents().resolution().p90()), Figure.RESOLVED);
        measure(rows, "unresolved", c.incidents().unresolved(), p.incidents().unresolved(), Figure.UNRESOLVED);
        measure(rows, "recoveries", c.recoveries().count(), p.recoveries().count(), Figure.RECOVERIES);
        measure(rows, "recoveryValue", money(c.recoveries().value()), money(p.recoveries().value()), Figure.RECOVERIES);
        measure(rows, "withinPolicy", c.recoveries().withinPolicy(), p.recoveries().withinPolicy(), Figure.WITHIN_POLICY);
        measure(rows, "exceptions", c.recoveries().exceptions(), p.recoveries().exceptions(), Figure.EXCEPTIONS);
        measure(rows, "approved", c.recoveries().approved(), p.recoveries().approved(), Figure.APPROVED);
        measure(rows, "rejected", c.recoveries().rejected(), p.recoveries().rejected(), Figure.REJECTED);
        measure(rows, "pending", c.recoveries().pending(), p.recoveries().pending(), Figure.PENDING);
        measure(rows, "overLimit", c.recoveries().overLimit(), p.recoveries().overLimit(), Figure.OVER_LIMIT);
        measure(rows, "approvalMedian", minutes(c.approvals().decisionMinutes().median()),
                minutes(p.approvals().decisionMinutes().median()), Figure.EXCEPTIONS);
        measure(rows, "approvalP90", minutes(c.approvals().decisionMinutes().p90()),
                minutes(p.approvals().decisionMinutes().p90()), Figure.EXCEPTIONS);
        measure(rows, "approvalTarget", new ReportTable.Minutes(c.approvals().targetMinutes()),
                new ReportTable.Minutes(p.approvals().targetMinutes()), null);
        measure(rows, "approvalOverdue", c.approvals().overdue(), p.approvals().overdue(), Figure.APPROVAL_OVERDUE);
        measure(rows, "promisesKept", percent(c.promises().keptRate()), percent(p.promises().keptRate()), Figure.PROMISES_KEPT);
        measure(rows, "promisesLate", percent(c.promises().lateRate()), percent(p.promises().lateRate()), Figure.PROMISES_LATE);
        measure(rows, "promisesBroken", percent(c.promises().brokenRate()), percent(p.promises().brokenRate()), Figure.PROMISES_BROKEN);
        measure(rows, "feedbackAnswers", c.feedback().answers(), p.feedback().answers(), Figure.FEEDBACK);
        measure(rows, "solvedRate", percent(c.feedback().solvedRate()), percent(p.feedback().solvedRate()), Figure.FEEDBACK_NOT_SOLVED);
        measure(rows, "csat", percent(c.feedback().csat()), percent(p.feedback().csat()), Figure.FEEDBACK);
        measure(rows, "nps", c.feedback().nps(), p.feedback().nps(), Figure.FEEDBACK);
        return table("summary", rows, "report.col.measure", "report.col.current", "report.col.previous");
    }

    private void measure(List<List<ReportTable.Cell>> rows, String key, Object current, Object previous, Figure drill) {
        rows.add(List.of(ReportTable.Cell.of(text.apply("report.measure." + key)),
                new ReportTable.Cell(current, drill == null ? null : ReportTable.Drill.of(drill)),
                ReportTable.Cell.of(previous)));
    }

    /**
     * A row per root cause, and per group of several causes its subtotal against the benchmark. A group of one
     * cause (employee, customer, third party) is that cause's own row, with the band beside it — listing it again
     * as a group showed the same incidents twice.
     */
    private ReportTable rootCauses() {
        Figures.Incidents c = report.current().incidents();
        Figures.Incidents p = report.previous().incidents();
        List<List<ReportTable.Cell>> rows = new ArrayList<>();
        for (RootCauseGroup group : RootCauseGroup.values()) {
            Double share = c.shares().get(group);
            ReportTable.Cell band = ReportTable.Cell.of(group == RootCauseGroup.THIRD_PARTY ? "–" : group.low + "–" + group.high + " %");
            ReportTable.Cell flag = ReportTable.Cell.of(share != null && group != RootCauseGroup.THIRD_PARTY
                    && group.outside(share) ? text.apply("report.benchmark.outside") : "");
            boolean alone = group.causes().size() == 1;
            for (RootCause cause : group.causes()) {
                long n = c.byRootCause().getOrDefault(cause, 0L);
                rows.add(List.of(ReportTable.Cell.of(text.apply("RootCause." + cause)),
                        new ReportTable.Cell(n, new ReportTable.Drill(Figure.ROOT_CAUSE, cause.name(), null)),
                        ReportTable.Cell.of(percent(Figures.percent(n, c.count()))),
                        ReportTable.Cell.of(percent(Figures.percent(p.byRootCause().getOrDefault(cause, 0L), p.count()))),
                        alone ? band : ReportTable.Cell.of(null), alone ? flag : ReportTable.Cell.of(null)));
            }
            if (!alone) {
                rows.add(List.of(ReportTable.Cell.of(text.apply("report.group." + group)), ReportTable.Cell.of(c.of(group)),
                        ReportTable.Cell.of(percent(share)), ReportTable.Cell.of(percent(p.shares().get(group))), band, flag));
            }
        }
        return table("rootCauses", rows, "report.col.rootCause", "report.col.incidents", "report.col.share",
                "report.col.previousShare", "report.col.benchmark", "report.col.flag");
    }

    private ReportTable options() {
        List<List<ReportTable.Cell>> rows = report.options().stream().map(o -> List.of(ReportTable.Cell.of(o.name()),
                new ReportTable.Cell(o.grants(), new ReportTable.Drill(Figure.OPTION, String.valueOf(o.optionId()), null)),
                ReportTable.Cell.of(o.exceptions()), ReportTable.Cell.of(o.value()), ReportTable.Cell.of(o.largest()),
                ReportTable.Cell.of(o.perIncidentLimit()), ReportTable.Cell.of(o.perDayAmount() != null ? o.perDayAmount() : o.perDayGrants()))).toList();
        return table("options", rows, "report.col.option", "report.col.grants", "report.col.exceptions",
                "report.col.value", "report.col.largest", "report.col.perIncident", "report.col.perDay");
    }

    /** The newest of the period's grants over a limit (the report lists some); the note says how many of all. */
    private ReportTable overLimit() {
        List<List<ReportTable.Cell>> rows = report.overLimit().stream().map(o -> List.of(
                new ReportTable.Cell("#" + o.incidentId(), ReportTable.Drill.of(Figure.OVER_LIMIT)),
                ReportTable.Cell.of(o.option()), ReportTable.Cell.of(o.amount()), ReportTable.Cell.of(o.limit()),
                ReportTable.Cell.of(o.requestedBy()), ReportTable.Cell.of(o.requestedAt()))).toList();
        ReportTable table = table(OVER_LIMIT, rows, "report.col.incident", "report.col.option", "report.col.amount",
                "report.col.perIncident", "report.col.by", "report.col.at");
        long all = report.current().recoveries().overLimit();
        return rows.size() >= all ? table : new ReportTable(table.id(), table.title(), table.headers(), rows,
                MessageFormat.format(text.apply("report.overLimit.listed"), String.valueOf(rows.size()), String.valueOf(all)));
    }

    /**
     * The report a file of one table is made from: the over-limit table's file lists every grant of the period,
     * the page only the newest.
     */
    public static ComplianceReport forFile(ComplianceReports reports, ReportScope scope, Locale locale, String table) {
        return OVER_LIMIT.equals(table) ? reports.reportListingEveryOverLimit(scope, locale) : reports.report(scope, locale);
    }

    private ReportTable promises(String id, List<ComplianceReport.PromiseRow> source, String firstHeader) {
        boolean byOwner = id.equals("promisesByOwner");
        List<List<ReportTable.Cell>> rows = source.stream().map(r -> {
            String key = !byOwner ? null : r.name() != null ? r.name() : Figure.NO_OWNER;
            String name = r.name() != null ? r.name() : text.apply("report.queue");
            Figures.Promises p = r.promises();
            return List.of(ReportTable.Cell.of(name),
                    new ReportTable.Cell(p.kept(), new ReportTable.Drill(Figure.PROMISES_KEPT, key, r.locationId())),
                    new ReportTable.Cell(p.late(), new ReportTable.Drill(Figure.PROMISES_LATE, key, r.locationId())),
                    new ReportTable.Cell(p.broken(), new ReportTable.Drill(Figure.PROMISES_BROKEN, key, r.locationId())),
                    new ReportTable.Cell(p.open(), new ReportTable.Drill(Figure.PROMISES_OPEN, key, r.locationId())),
                    ReportTable.Cell.of(percent(p.keptRate())), ReportTable.Cell.of(percent(p.lateRate())),
                    ReportTable.Cell.of(percent(p.brokenRate())));
        }).toList();
        return table(id, rows, firstHeader, "report.col.kept", "report.col.late", "report.col.broken", "report.col.open",
                "report.col.keptRate", "report.col.lateRate", "report.col.brokenRate");
    }

    private ReportTable trend() {
        var granularity = report.period().granularity();
        List<List<ReportTable.Cell>> rows = report.trend().stream().map(t -> {
            // the bucket's days, within the report's period
            java.time.LocalDate from = t.bucket().isBefore(report.period().from()) ? report.period().from() : t.bucket();
            java.time.LocalDate end = granularity.next(t.bucket()).minusDays(1);
            java.time.LocalDate to = end.isAfter(report.period().to()) ? report.period().to() : end;
            boolean partial = report.partial(t);
            return List.of(ReportTable.Cell.of(new ReportTable.Bucket(t.bucket(), partial ? text.apply("report.partial") : null)),
                    new ReportTable.Cell(t.incidents(), new ReportTable.Drill(Figure.INCIDENTS, null, null, from, to)),
                    new ReportTable.Cell(t.recoveries(), new ReportTable.Drill(Figure.RECOVERIES, null, null, from, to)),
                    new ReportTable.Cell(t.exceptions(), new ReportTable.Drill(Figure.EXCEPTIONS, null, null, from, to)),
                    ReportTable.Cell.of(new ReportTable.Flag(partial, text.apply(partial ? "general.yes" : "general.no"))));
        }).toList();
        return table("trend", rows, "report.col.from", "report.col.incidents", "report.col.recoveries",
                "report.col.exceptions", "report.col.partial");
    }

    private ReportTable initiatives() {
        List<List<ReportTable.Cell>> rows = new ArrayList<>();
        for (InitiativeStatus status : InitiativeStatus.values()) {
            rows.add(List.of(ReportTable.Cell.of(text.apply("InitiativeStatus." + status)),
                    ReportTable.Cell.of(report.initiativesByStatus().getOrDefault(status, 0L))));
        }
        return table("initiatives", rows, "report.col.status", "report.col.count");
    }

    private ReportTable announced() {
        List<List<ReportTable.Cell>> rows = report.announced().stream().map(a -> List.of(
                ReportTable.Cell.linked(a.title(), INITIATIVE + a.id()),
                ReportTable.Cell.of(a.before()), ReportTable.Cell.of(a.after()), ReportTable.Cell.of(percent(a.dropPercent())),
                ReportTable.Cell.of(new ReportTable.Percent(a.targetDropPercent())))).toList();
        return table("announced", rows, "report.col.initiative", "report.col.before", "report.col.after",
                "report.col.drop", "report.col.target");
    }

    private ReportTable overrides() {
        List<List<ReportTable.Cell>> rows = report.overrides().stream().map(o -> List.of(
                ReportTable.Cell.linked(o.title(), INITIATIVE + o.id()),
                ReportTable.Cell.of(o.actor()), ReportTable.Cell.of(o.at()),
                ReportTable.Cell.of(text.apply("InitiativeStatus." + o.from()) + " → " + text.apply("InitiativeStatus." + o.to())),
                ReportTable.Cell.of(o.reason()))).toList();
        return table("overrides", rows, "report.col.initiative", "report.col.by", "report.col.at", "report.col.step",
                "report.col.reason");
    }

    /**
     * Incidents per 1,000 units of volume, by location and in total: only the days with a recorded volume count, and
     * the days column says how many of the period's days those are.
     */
    private ReportTable volume() {
        ComplianceReport.Volume v = report.volume();
        List<List<ReportTable.Cell>> rows = new ArrayList<>();
        v.byLocation().forEach(l -> rows.add(rate(l.name(), l.current(), l.previous())));
        if (!rows.isEmpty()) {
            rows.add(rate(text.apply("report.volume.total"), v.current(), v.previous()));
        }
        return new ReportTable("volume", text.apply("report.table.volume"), List.of(text.apply("report.col.location"),
                text.apply("report.col.incidents"), text.apply("VolumeUnit." + v.unit()), text.apply("report.col.daysRecorded"),
                text.apply("report.col.perThousand"), text.apply("report.col.previousPerThousand")), rows);
    }

    private List<ReportTable.Cell> rate(String name, app.recoverydesk.volume.Rate current, app.recoverydesk.volume.Rate previous) {
        return List.of(ReportTable.Cell.of(name), ReportTable.Cell.of(current.incidents()), ReportTable.Cell.of(current.units()),
                ReportTable.Cell.of(java.text.MessageFormat.format(text.apply("report.volume.daysOf"),
                        String.valueOf(current.daysRecorded()), String.valueOf(current.days()))),
                ReportTable.Cell.of(current.perThousand(2)), ReportTable.Cell.of(previous.perThousand(2)));
    }

    private static ReportTable.Minutes minutes(Long minutes) {
        return minutes == null ? null : new ReportTable.Minutes(minutes);
    }

    private static ReportTable.Percent percent(Double percent) {
        return percent == null ? null : new ReportTable.Percent(percent);
    }

    /** The value granted: one amount, or (rarely, after a currency change) one per currency. */
    private static Object money(List<Money> value) {
        return value.isEmpty() ? null : value.size() == 1 ? value.get(0) : value.toString();
    }

}
