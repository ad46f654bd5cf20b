package app.recoverydesk.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark: seeds the database, then measures the filtered incident list, the executive compliance report,
 * the database's own ceiling for logging incidents, logging through the API, and one pass of each background job
 * with many businesses and nothing due (--scenarios chooses). Prints
 * figures; asserts nothing (see bench/run.sh).
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        Db db = new Db(o.jdbc(), o.dbUser(), o.dbPassword());
        System.out.printf("Recovery Desk benchmark: %,d incidents, %d clients, %d s warm-up + %d s per scenario"
                + " (scenarios: %s)%n", o.incidents(), o.clients(), o.warmup().toSeconds(), o.duration().toSeconds(),
                String.join(", ", Options.SCENARIOS.stream().filter(o::runs).toList()));
        System.out.printf("  %d CPUs (shared by client, servers and database), Java %s, database %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), db.version());

        Seeder.Report seeded = new Seeder(db, o.seedThreads()).seed(o.incidents());
        Db.TenantIds bistro = db.tenant(Db.BISTRO_ORGANIZATION);
        System.out.printf("  Bistro Nord (the tenant of the HTTP scenarios): %,d incidents, %d locations, %d categories%n",
                db.count("SELECT COUNT(*) FROM incident WHERE tenant_id = " + bistro.id()),
                bistro.locations().size(), bistro.categories().size());
        Tokens tokens = new Tokens(o.realm(), "bistro-frontline", "demo");

        // The read-only scenarios run first, on exactly the seeded data; the insert scenarios then add rows to
        // Bistro Nord.
        // The list at each number of clients: its latency under growing load, the last level at full saturation.
        List<ListRun> lists = new ArrayList<>();
        if (o.runs("list")) {
            FilteredList.probe(o.app(), tokens, bistro);
            Duration warmup = o.warmup();
            for (int clients : o.listClients()) {
                lists.add(new ListRun(clients, Load.run("Filtered list (GET /api/v1/incidents)", clients, warmup,
                        o.duration(), w -> new FilteredList(o.app(), tokens, bistro, w))));
                warmup = Duration.ofSeconds(Math.min(5, o.warmup().toSeconds())); // the server is warm by now
            }
        }
        ExecutiveReport.Result report = o.runs("report")
                ? ExecutiveReport.run(o.app(), o.realm(), db, bistro, o.reportRequests()) : null;
        Load.Result jdbc = o.runs("jdbc") ? Load.run("Raw JDBC ceiling (INSERT incident + event, commit)", o.clients(),
                o.warmup(), o.duration(), w -> new JdbcCeiling(db, bistro, w)) : null;
        Load.Result api = o.runs("api") ? Load.run("API logging (POST /api/v1/incidents)", o.clients(), o.warmup(),
                o.duration(), w -> new ApiLogging(o.app(), tokens, bistro, w, false)) : null;
        Load.Result floor = o.runs("floor") ? Load.run("API floor (POST refused by validation, no database work)",
                o.clients(), o.warmup(), o.duration(), w -> new ApiLogging(o.app(), tokens, bistro, w, true)) : null;

        List<Sweeps.Result> sweeps = o.runs("sweeps")
                ? Sweeps.run(o.app(), o.realm(), db, o.sweepTenants(), o.sweepPasses()) : List.of();

        summary(o, seeded, jdbc, api, floor, lists, report, sweeps);
    }

    /** The figures of the scenarios that ran (a null result: the scenario was not chosen). */
    private static void summary(Options o, Seeder.Report seeded, Load.Result jdbc, Load.Result api,
                                Load.Result floor, List<ListRun> lists, ExecutiveReport.Result report,
                                List<Sweeps.Result> sweeps) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"seeding", String.format("%,.0f rows/s", seeded.rowsPerSecond()), "", "", "",
            String.format("%,d rows in %.1f s (%,d incidents, %,d recoveries, %,d promises, %,d feedback,"
                    + " %,d search words)", seeded.rows(), seeded.seconds(), seeded.inserted(), seeded.recoveries(),
                    seeded.promises(), seeded.feedback(), seeded.words())});
        if (jdbc != null) {
            rows.add(row("raw JDBC insert", jdbc.overall(), "ceiling"));
        }
        if (api != null) {
            double ratio = ratio(api, jdbc);
            rows.add(row("API POST", api.overall(), jdbc == null ? "" : String.format(
                    "%.0f %% of JDBC (goal >= 50 %%): %s", 100 * ratio, ratio >= 0.5 ? "met" : "NOT MET")));
        }
        if (floor != null) {
            rows.add(row("API POST floor (400)", floor.overall(), jdbc == null ? "no database work" : String.format(
                    "no database work: %.0f %% of JDBC, the most logging could reach", 100 * ratio(floor, jdbc))));
        }
        for (ListRun run : lists) {
            Stats s = run.result().overall();
            rows.add(row("API list, " + run.clients() + " clients", s, String.format("p99 goal < 100 ms: %s",
                    s.p99Ms() < 100 && s.count() > 0 ? "met" : "NOT MET")));
        }
        if (!lists.isEmpty()) { // each kind at the most clients
            ListRun most = lists.get(lists.size() - 1);
            for (Map.Entry<String, Stats> kind : most.result().byKind().entrySet()) {
                Stats s = kind.getValue();
                rows.add(row("  list " + kind.getKey(), s, s.errors() == 0 ? "" : s.errorKinds().toString()));
            }
        }
        if (report != null) {
            Stats s = report.report();
            rows.add(row("report, 1 year", s, String.format("max %.0f ms; p99 goal < 1 s: %s; %,d incidents in the"
                    + " year", s.maxMs(), s.p99Ms() < 1000 && s.count() > 0 && s.errors() == 0 ? "met" : "NOT MET",
                    report.yearIncidents())));
            Stats d = report.drillDown();
            rows.add(row("  drill-down INCIDENTS", d, String.format("max %.0f ms", d.maxMs())));
        }
        for (Sweeps.Result r : sweeps) {
            rows.add(new String[] {"sweep " + r.job(), "", String.format("%.2f", r.p50Ms()), "", "0", String.format(
                    "p90 %.2f ms, max %.2f ms of %d passes, %,d businesses, %d items due; goal < 20 ms (p90): %s",
                    r.p90Ms(), r.maxMs(), r.passes(), o.sweepTenants(), r.items(), r.p90Ms() < 20 ? "met" : "NOT MET")});
        }
        System.out.printf("%n== Summary (%,d incidents seeded, %d clients, %d s measured each)%n", o.incidents(),
                o.clients(), o.duration().toSeconds());
        String format = "  %-24s %14s %9s %9s %7s  %s%n";
        System.out.printf(format, "scenario", "rate", "p50 ms", "p99 ms", "errors", "note");
        for (String[] r : rows) {
            System.out.printf(format, (Object[]) r);
        }
    }

    private static double ratio(Load.Result api, Load.Result jdbc) {
        return jdbc == null || jdbc.overall().perSecond() == 0 ? 0 : api.overall().perSecond() / jdbc.overall().perSecond();
    }

    /** The list scenario at one number of concurrent clients. */
    private record ListRun(int clients, Load.Result result) {
    }

    private static String[] row(String name, Stats s, String note) {
        return new String[] {name, String.format("%,.1f /s", s.perSecond()), String.format("%.2f", s.p50Ms()),
            String.format("%.2f", s.p99Ms()), String.valueOf(s.errors()), note};
    }
}
