package app.recoverydesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The summary table: each figure of the run next to its goal (issue #22), MET or NOT MET. */
final class Summary {

    private static final String FORMAT = "  %-30s %13s %8s %8s %8s %6s  %-28s %-8s %s%n";

    private final Options o;
    private final Options.Stage stage;
    private final List<String[]> rows = new ArrayList<>();

    Summary(Options o, Options.Stage stage) {
        this.o = o;
        this.stage = stage;
    }

    void print(Seeder.Report seeded, Load.Result jdbc, Load.Result api, Load.Result floor, List<Bench.ListRun> lists,
               List<Bench.ReportRun> reports, List<Bench.PagesRun> pages, List<Sweeps.Result> sweeps,
               Memory.Result memory) {
        rows.add(new String[] {"seeding", String.format("%,.0f rows/s", seeded.rowsPerSecond()), "", "", "", "", "",
            "", String.format("%,d rows in %.1f s (%,d incidents, %,d recoveries, %,d promises, %,d feedback,"
                    + " %,d search words)", seeded.rows(), seeded.seconds(), seeded.inserted(), seeded.recoveries(),
                    seeded.promises(), seeded.feedback(), seeded.words())});
        if (jdbc != null) {
            row("raw JDBC insert", jdbc.overall(), "", null, "ceiling");
        }
        if (api != null) {
            Stats s = api.overall();
            double ofFloor = floor == null || floor.overall().perSecond() == 0 ? 0
                    : s.perSecond() / floor.overall().perSecond();
            row("API POST", s, ">= 60 % of floor, p99 < 50 ms", floor == null ? null
                    : ofFloor >= 0.6 && s.p99Ms() < 50 && s.errors() == 0, String.format("%.0f %% of floor%s",
                    100 * ofFloor, jdbc == null ? "" : String.format(", %.0f %% of JDBC", 100 * ratio(s, jdbc))));
        }
        if (floor != null) {
            row("API POST floor (400)", floor.overall(), "", null, "no database work: the most logging could reach");
        }
        for (Bench.ListRun run : lists) {
            Stats s = run.result().overall();
            String name = "API list, " + run.clients() + " clients, " + run.tenant().login();
            boolean judged = run.clients() >= 16;
            row(name, s, judged ? "p99 < 100 ms at 16 clients" : "", judged ? s.p99Ms() < 100 && ok(s) : null, "");
            if (run.clients() == lists.stream().mapToInt(Bench.ListRun::clients).max().orElse(0)) {
                for (Map.Entry<String, Stats> kind : run.result().byKind().entrySet()) {
                    Stats k = kind.getValue();
                    row("  " + kind.getKey(), k, judged ? "p99 < 100 ms" : "", judged ? k.p99Ms() < 100 && ok(k) : null,
                            k.errors() == 0 ? "" : k.errorKinds().toString());
                }
            }
        }
        for (Bench.ReportRun run : reports) {
            Stats s = run.result().report();
            row("report, 1 year, " + run.tenant().login(), s, "p99 < 300 ms", s.p99Ms() < 300 && ok(s),
                    String.format("max %.0f ms; %,d incidents in the year", s.maxMs(), run.result().yearIncidents()));
            Stats d = run.result().drillDown();
            row("  drill-down INCIDENTS", d, "", null, String.format("max %.0f ms", d.maxMs()));
        }
        for (Bench.PagesRun run : pages) {
            boolean judged = run.clients() == o.pageClients().get(0);
            for (Map.Entry<String, Stats> kind : run.result().byKind().entrySet()) {
                Stats k = kind.getValue();
                row(kind.getKey() + ", " + run.clients() + " sessions, " + run.tenant().login(), k,
                        judged ? "p95 < 100 ms" : "", judged ? k.p95Ms() < 100 && ok(k) : null,
                        k.errors() == 0 ? "" : k.errorKinds().toString());
            }
        }
        if (o.runs("pages") && pages.stream().map(Bench.PagesRun::tenant).distinct().count() < 2) {
            rows.add(new String[] {"pages", "", "", "", "", "", "p95 < 100 ms", verdict(false),
                String.format("measured for %d of 2 tenants: signing in failed (see above)",
                    pages.stream().map(Bench.PagesRun::tenant).distinct().count())});
        }
        for (Sweeps.Result r : sweeps) {
            rows.add(new String[] {"sweep " + r.job(), "", String.format("%.2f", r.p50Ms()), "", "", "0",
                "< 20 ms (p90)", verdict(r.p90Ms() < 20), String.format(
                    "p90 %.2f ms, max %.2f ms of %d passes, %,d businesses, %d items due",
                    r.p90Ms(), r.maxMs(), r.passes(), o.sweepTenants(), r.items())});
        }
        if (memory != null) {
            memory(memory);
        }
        System.out.printf("%n== Summary (%,d incidents seeded, %,d tenants, %d clients, %d s measured each)%n",
                stage.incidents(), o.tenants(), o.clients(), o.duration().toSeconds());
        System.out.printf(FORMAT, "scenario", "rate", "p50 ms", "p95 ms", "p99 ms", "errors", "goal", "", "note");
        for (String[] r : rows) {
            System.out.printf(FORMAT, (Object[]) r);
        }
    }

    /** The whole run's GC pauses and the servers' resident memory. */
    private void memory(Memory.Result memory) {
        if (!memory.pauses().isEmpty()) {
            rows.add(new String[] {"GC pauses (WildFly, 1 run)", "", "", "", "", "", "no full GC > 1 s",
                verdict(memory.fullOverLimit() == 0), String.format("%,d pauses, longest %.1f ms, %d full GCs",
                    memory.pauses().size(), memory.longestMs(), memory.full())});
        }
        StringBuilder resident = new StringBuilder();
        memory.residentMb().forEach((name, mb) -> resident.append(resident.isEmpty() ? "" : ", ")
                .append(name).append(' ').append(String.format("%,d MB", mb)));
        rows.add(new String[] {"resident memory", "", "", "", "", "", "", "", resident.toString()});
    }

    /** The name of the row whose growth has a goal of its own: the big tenant's year report. */
    private static final String REPORT_BIG = "report, 1 year, bistro";
    private static final double REPORT_GROWTH_LIMIT = 1.5;

    /**
     * The figures both stages measured, side by side: p50 and p99 at the first size and the last, and how much the
     * last grew; the big tenant's report has a goal (its cost follows days and locations, not incidents).
     */
    static void growth(Summary first, Summary last) {
        String format = "  %-30s %10s %10s %7s %10s %10s %7s  %-28s %s%n";
        System.out.printf("%n== Growth from %,d to %,d incidents (Bistro Nord %,d to %,d)%n", first.stage.incidents(),
                last.stage.incidents(), first.stage.bigTenant(), last.stage.bigTenant());
        System.out.printf(format, "scenario", "p50 first", "p50 last", "x", "p99 first", "p99 last", "x", "goal", "");
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (String[] l : last.rows) {
            // a kind of list call is named alike under each tenant: pair the n-th of a name with the n-th
            int n = seen.merge(l[0], 1, Integer::sum);
            String[] f = first.rows.stream().filter(r -> r[0].equals(l[0])).skip(n - 1).findFirst().orElse(null);
            if (f == null || f[2].isEmpty() || l[2].isEmpty()) {
                continue;
            }
            double p50 = number(l[2]) / number(f[2]);
            String p99 = f[4].isEmpty() || l[4].isEmpty() ? "" : String.format("%.2f", number(l[4]) / number(f[4]));
            boolean judged = l[0].equals(REPORT_BIG);
            System.out.printf(format, l[0], f[2], l[2], String.format("%.2f", p50), f[4], l[4], p99,
                    judged ? "p50 within 1.5x" : "", judged ? verdict(p50 <= REPORT_GROWTH_LIMIT) : "");
        }
    }

    /** A figure of the table as printed (in a locale with a decimal comma too). */
    private static double number(String printed) {
        return Double.parseDouble(printed.replace(',', '.'));
    }

    private static boolean ok(Stats s) {
        return s.count() > 0 && s.errors() == 0;
    }

    private static String verdict(Boolean met) {
        return met == null ? "" : met ? "MET" : "NOT MET";
    }

    private static double ratio(Stats api, Load.Result jdbc) {
        return jdbc.overall().perSecond() == 0 ? 0 : api.perSecond() / jdbc.overall().perSecond();
    }

    /** met: null where the figure has no goal of its own. */
    private void row(String name, Stats s, String goal, Boolean met, String note) {
        rows.add(new String[] {name, String.format("%,.1f /s", s.perSecond()), String.format("%.2f", s.p50Ms()),
            String.format("%.2f", s.p95Ms()), String.format("%.2f", s.p99Ms()), String.valueOf(s.errors()), goal,
            verdict(met), note});
    }
}
