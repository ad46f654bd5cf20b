package app.recoverydesk.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;

/**
 * The benchmark: seeds the database (to each size asked for in turn), then measures the filtered incident list, the executive compliance report,
 * the case and list pages in browser sessions, the database's own ceiling for logging incidents, logging through
 * the API, and one pass of each background job with many businesses and nothing due (--scenarios chooses), and
 * reads the application server's GC pauses and the resident memory of the servers. Prints figures next to the
 * goals of issue #22; asserts nothing (see bench/run.sh).
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        Db db = new Db(o.jdbc(), o.dbUser(), o.dbPassword());
        System.out.printf("Recovery Desk benchmark: %s, %,d tenants, %d clients, %d s warm-up + %d s per"
                + " scenario (scenarios: %s)%n", String.join(", then ", o.stages().stream().map(s -> String.format(
                "%,d incidents%s", s.incidents(), s.bigTenant() == 0 ? "" : String.format(
                " (Bistro Nord %,d in the last year)", s.bigTenant()))).toList()), o.tenants(), o.clients(),
                o.warmup().toSeconds(), o.duration().toSeconds(),
                String.join(", ", Options.SCENARIOS.stream().filter(o::runs).toList()));
        System.out.printf("  %d CPUs (shared by client, servers and database), Java %s, database %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), db.version());

        List<Summary> summaries = new ArrayList<>();
        for (int i = 0; i < o.stages().size(); i++) {
            Options.Stage stage = o.stages().get(i);
            boolean last = i == o.stages().size() - 1;
            summaries.add(measure(o, db, stage, last));
        }
        if (summaries.size() > 1) {
            Summary.growth(summaries.get(0), summaries.get(summaries.size() - 1));
        }
    }

    /**
     * Seeds what the stage lacks, runs the chosen scenarios on it and prints its summary; the GC pauses and the
     * servers' memory are read after the last stage only (they are the whole run's).
     */
    private static Summary measure(Options o, Db db, Options.Stage stage, boolean last) throws Exception {
        Seeder.Report seeded = new Seeder(db, o.seedThreads(), o.tenants(), stage.bigTenant()).seed(stage.incidents());
        // the tenant of the HTTP scenarios, the largest, and a small one: both have demo logins in the realm
        Tenant big = new Tenant("Bistro Nord", "bistro", db.tenant(Db.BISTRO_ORGANIZATION));
        Tenant small = new Tenant("Hotel Adriatic", "hotel", db.tenant(Db.HOTEL_ORGANIZATION));
        for (Tenant t : List.of(big, small)) {
            System.out.printf("  %s: %,d incidents, %d locations, %d categories%n", t.name(),
                    db.count("SELECT COUNT(*) FROM incident WHERE tenant_id = " + t.ids().id()),
                    t.ids().locations().size(), t.ids().categories().size());
        }
        Quiet.awaitFlushed(db);
        Quiet.await(o.quietLoad());
        Tokens tokens = new Tokens(o.realm(), "bistro-frontline", "demo");

        // The read-only scenarios run first, on exactly the seeded data; the insert scenarios then add rows to
        // Bistro Nord.
        // The list at each number of clients as the big tenant: its latency under growing load, the last level at
        // full saturation; then the small tenant at the most clients.
        List<ListRun> lists = new ArrayList<>();
        if (o.runs("list")) {
            FilteredList.probe(o.app(), tokens, big.ids());
            Duration warmup = o.warmup();
            for (int clients : o.listClients()) {
                lists.add(new ListRun(big, clients, Load.run("Filtered list (GET /api/v1/incidents) as " + big.name(),
                        clients, warmup, o.duration(), w -> new FilteredList(o.app(), tokens, big.ids(), w))));
                warmup = Duration.ofSeconds(Math.min(5, o.warmup().toSeconds())); // the server is warm by now
            }
            Tokens smallTokens = new Tokens(o.realm(), small.login() + "-frontline", "demo");
            int most = o.listClients().get(o.listClients().size() - 1);
            lists.add(new ListRun(small, most, Load.run("Filtered list (GET /api/v1/incidents) as " + small.name(),
                    most, warmup, o.duration(), w -> new FilteredList(o.app(), smallTokens, small.ids(), w))));
        }
        List<ReportRun> reports = new ArrayList<>();
        if (o.runs("report")) {
            for (Tenant t : List.of(big, small)) {
                reports.add(new ReportRun(t, ExecutiveReport.run(o.app(), o.realm(), db, t.ids(), o.reportRequests(),
                        t.login() + "-executive")));
            }
        }
        List<PagesRun> pages = new ArrayList<>();
        if (o.runs("pages")) {
            for (Tenant t : List.of(big, small)) {
                List<Long> cases = Pages.cases(db, t.ids().id());
                List<BrowserSession> sessions;
                try {
                    sessions = Pages.signIn(o.app(), t.login() + "-frontline",
                            o.pageClients().get(o.pageClients().size() - 1));
                } catch (IllegalStateException e) { // the other scenarios' figures are still worth printing
                    System.out.printf("%n== Pages as %s: NOT MEASURED, %s%n", t.name(), e.getMessage());
                    continue;
                }
                Duration warmup = o.warmup();
                for (int clients : o.pageClients()) {
                    pages.add(new PagesRun(t, clients, Load.run("Pages (case page, list page) as " + t.name(), clients,
                            warmup, o.duration(), w -> new Pages(sessions.get(w % sessions.size()), o.app(), cases, w))));
                    warmup = Duration.ofSeconds(Math.min(5, o.warmup().toSeconds()));
                }
            }
        }
        Load.Result jdbc = o.runs("jdbc") ? Load.run("Raw JDBC ceiling (INSERT incident + event, commit)", o.clients(),
                o.warmup(), o.duration(), w -> new JdbcCeiling(db, big.ids(), w)) : null;
        Load.Result api = o.runs("api") ? Load.run("API logging (POST /api/v1/incidents)", o.clients(), o.warmup(),
                o.duration(), w -> new ApiLogging(o.app(), tokens, big.ids(), w, false)) : null;
        Load.Result floor = o.runs("floor") ? Load.run("API floor (POST refused by validation, no database work)",
                o.clients(), o.warmup(), o.duration(), w -> new ApiLogging(o.app(), tokens, big.ids(), w, true)) : null;

        List<Sweeps.Result> sweeps = o.runs("sweeps")
                ? Sweeps.run(o.app(), o.realm(), db, o.sweepTenants(), o.sweepPasses()) : List.of();

        Memory.Result memory = last ? Memory.measure(o.gcLog().isBlank() ? null : Path.of(o.gcLog()), o.servers())
                : null;
        Summary summary = new Summary(o, stage);
        summary.print(seeded, jdbc, api, floor, lists, reports, pages, sweeps, memory);
        return summary;
    }

    /** A tenant the HTTP scenarios act in: its name, the prefix of its demo logins, its ids. */
    record Tenant(String name, String login, Db.TenantIds ids) {
    }

    /** The list scenario at one number of concurrent clients, as one tenant. */
    record ListRun(Tenant tenant, int clients, Load.Result result) {
    }

    /** The compliance report as one tenant's executive. */
    record ReportRun(Tenant tenant, ExecutiveReport.Result result) {
    }

    /** The JSF pages as one tenant's frontline. */
    record PagesRun(Tenant tenant, int clients, Load.Result result) {
    }
}
