package app.recoverydesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The summary table: each figure of the run next to its goal (issue #22), MET or NOT MET. */
final class Summary {

    private static final String FORMAT = "  %-30s %13s %8s %8s %8s %6s  %-28s %-8s %s%n";

    private final Options o;
    private final List<String[]> rows = new ArrayList<>();

    Summary(Options o) {
        this.o = o;
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
            for (Map.Entry<String, Stats> kind : run.result().byKind().entrySet()) {
                Stats k = kind.getValue();
                row(kind.getKey() + ", " + run.tenant().login(), k, "p95 < 100 ms", k.p95Ms() < 100 && ok(k),
                        String.format("%d sessions%s", o.pageClients(), k.errors() == 0 ? "" : ", " + k.errorKinds()));
            }
        }
        if (o.runs("pages") && pages.size() < 2) {
            rows.add(new String[] {"pages", "", "", "", "", "", "p95 < 100 ms", verdict(false),
                String.format("measured for %d of 2 tenants: signing in failed (see above)", pages.size())});
        }
        for (Sweeps.Result r : sweeps) {
            rows.add(new String[] {"sweep " + r.job(), "", String.format("%.2f", r.p50Ms()), "", "", "0",
                "< 20 ms (p90)", verdict(r.p90Ms() < 20), String.format(
                    "p90 %.2f ms, max %.2f ms of %d passes, %,d businesses, %d items due",
                    r.p90Ms(), r.maxMs(), r.passes(), o.sweepTenants(), r.items())});
        }
        if (!memory.pauses().isEmpty()) {
            rows.add(new String[] {"GC pauses (WildFly, 1 run)", "", "", "", "", "", "no full GC > 1 s",
                verdict(memory.fullOverLimit() == 0), String.format("%,d pauses, longest %.1f ms, %d full GCs",
                    memory.pauses().size(), memory.longestMs(), memory.full())});
        }
        StringBuilder resident = new StringBuilder();
        memory.residentMb().forEach((name, mb) -> resident.append(resident.isEmpty() ? "" : ", ")
                .append(name).append(' ').append(String.format("%,d MB", mb)));
        rows.add(new String[] {"resident memory", "", "", "", "", "", "", "", resident.toString()});

        System.out.printf("%n== Summary (%,d incidents seeded, %,d tenants, %d clients, %d s measured each)%n",
                o.incidents(), o.tenants(), o.clients(), o.duration().toSeconds());
        System.out.printf(FORMAT, "scenario", "rate", "p50 ms", "p95 ms", "p99 ms", "errors", "goal", "", "note");
        for (String[] r : rows) {
            System.out.printf(FORMAT, (Object[]) r);
        }
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
