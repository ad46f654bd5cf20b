package app.recoverydesk.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options; a later occurrence wins, so bench/run.sh can put its defaults first. */
record Options(List<Stage> stages, Duration warmup, Duration duration, int clients, int seedThreads,
               String app, String realm, String jdbc, String dbUser, String dbPassword, Set<String> scenarios,
               int reportRequests, List<Integer> listClients, int sweepTenants, int sweepPasses, int tenants,
               List<Integer> pageClients, String gcLog, String servers, double nodeCores,
               double quietLoad) {

    /** One size of the database the scenarios are measured at: incidents in all, and Bistro Nord's share. */
    record Stage(long incidents, long bigTenant) {
    }

    /** Incidents of the last (largest) stage: the size a run with one stage is measured at. */
    long incidents() {
        return stages.get(stages.size() - 1).incidents();
    }

    long bigTenant() {
        return stages.get(stages.size() - 1).bigTenant();
    }

    /** The scenarios, in the order they run (the read-only ones first, on exactly the seeded data). */
    static final List<String> SCENARIOS = List.of("list", "report", "pages", "jdbc", "api", "floor",
            "sweeps");

    static final String USAGE = """
            Options (defaults in brackets):
              --incidents N     incidents in the database before measuring [1000000]; a list (1000000,10000000)
                                measures every scenario at each size in turn, seeding what the next one lacks,
                                and prints the figures of the first and the last side by side (growth)
              --tenants N       businesses in the database (3 demo ones and generated ones) [20]
              --big-tenant M    Bistro Nord (the tenant of the HTTP scenarios) gets M of the incidents, all in
                                the last year, across 500 locations; the others share the rest [0: none, Bistro
                                Nord is just the largest]; a list gives each size of --incidents its own. The list, the report and the pages are measured as
                                Bistro Nord and as Hotel Adriatic (a small tenant with demo logins)
              --duration S      measured seconds per scenario [20]
              --warmup S        unmeasured seconds before each scenario [60], at 2 clients, then 5 s at all:
                                under full load from a cold start the server's JIT compiler starves
              --clients N       concurrent threads / HTTP clients [16]
              --list-clients LIST  the list at each of these numbers of concurrent clients, one after the
                                other (warm-up 5 s after the first) [2,4,8,16]: latency against load
              --seed-threads N  threads inserting the seed data [4]
              --scenarios LIST  which to run after seeding, comma-separated: list, report, pages, jdbc, api,
                                floor, sweeps [all]
                                pages: the case page and the list page (JSF) in signed-in browser sessions
                                floor: the API POST refused by validation (400), no database work
                                sweeps: one pass of each background job with nothing due
                                e.g. --scenarios report: seeding and the compliance report only
              --report-requests N  measured compliance reports, one after the other [30]
              --sweep-tenants N  businesses in the database while the sweeps are measured [2000]
              --sweep-passes N  measured passes of each job, one after the other [50]
              --page-clients LIST  concurrent browser sessions of the pages scenario, one number after the other
                                [2,16]: the goal (server time) is judged at the first, where sessions do not queue
                                for the CPUs; the last shows the pages under load
              --quiet-load L    before measuring each size, wait (at most an hour) until the machine's 1-minute
                                load average is below L [0: do not wait]
              --gc-log PATH     the application server's GC log (-Xlog:gc*), read at the end [none]
              --servers LIST    name=process group of each server, for their resident memory at the end
                                (bench/run.sh passes them) [none]
              --app URL         the application [http://localhost:9080]
              --realm URL       the Keycloak realm [http://localhost:8280/realms/recovery]
              --jdbc URL        the application's database [jdbc:mysql://127.0.0.1:3306/recovery_bench?...]
              --db-user U, --db-password P   [recovery / recovery]
            The cluster run (bench/cluster.sh) only:
              --node-cores C    the CPU each WildFly node may use in the capped steps, in cores [0.25];
                                0 leaves those steps out""";

    static Options parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                System.out.println(USAGE);
                System.exit(0);
            }
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("Expected --option value, got " + args[i] + "\n" + USAGE);
            }
            given.put(args[i].substring(2), args[++i]);
        }
        Options o = new Options(
                stages(given.getOrDefault("incidents", "1000000"), given.getOrDefault("big-tenant", "0")),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("warmup", "60"))),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("duration", "20"))),
                Integer.parseInt(given.getOrDefault("clients", "16")),
                Integer.parseInt(given.getOrDefault("seed-threads", "4")),
                strip(given.getOrDefault("app", "http://localhost:9080")),
                strip(given.getOrDefault("realm", "http://localhost:8280/realms/recovery")),
                given.getOrDefault("jdbc", "jdbc:mysql://127.0.0.1:3306/recovery_bench"
                        + "?characterEncoding=UTF-8&connectionTimeZone=UTC&rewriteBatchedStatements=true"),
                given.getOrDefault("db-user", "recovery"),
                given.getOrDefault("db-password", "recovery"),
                scenarios(given.getOrDefault("scenarios", String.join(",", SCENARIOS))),
                Integer.parseInt(given.getOrDefault("report-requests", "30")),
                Arrays.stream(given.getOrDefault("list-clients", "2,4,8,16").split(",")).map(String::strip)
                        .filter(n -> !n.isEmpty()).map(Integer::valueOf).sorted().toList(),
                Integer.parseInt(given.getOrDefault("sweep-tenants", "2000")),
                Math.max(1, Integer.parseInt(given.getOrDefault("sweep-passes", "50"))),
                Integer.parseInt(given.getOrDefault("tenants", "20")),
                Arrays.stream(given.getOrDefault("page-clients", "2,16").split(",")).map(String::strip)
                        .filter(n -> !n.isEmpty()).map(Integer::valueOf).sorted().toList(),
                given.getOrDefault("gc-log", ""),
                given.getOrDefault("servers", ""),
                Double.parseDouble(given.getOrDefault("node-cores", "0.25")),
                Double.parseDouble(given.getOrDefault("quiet-load", "0")));
        for (String key : given.keySet()) {
            if (!USAGE.contains("--" + key + " ")) {
                throw new IllegalArgumentException("Unknown option --" + key + "\n" + USAGE);
            }
        }
        if (o.tenants() < 3) {
            throw new IllegalArgumentException("--tenants must count the 3 demo tenants at least\n" + USAGE);
        }
        for (int i = 0; i < o.stages().size(); i++) {
            Stage s = o.stages().get(i);
            if (s.bigTenant() < 0 || s.bigTenant() > s.incidents()) {
                throw new IllegalArgumentException("--big-tenant must be between 0 and --incidents\n" + USAGE);
            }
            if (i > 0 && (s.incidents() <= o.stages().get(i - 1).incidents()
                    || s.bigTenant() < o.stages().get(i - 1).bigTenant())) {
                throw new IllegalArgumentException("Each size of --incidents must be larger than the one before,"
                        + " with no smaller --big-tenant\n" + USAGE);
            }
        }
        return o;
    }

    /** The sizes to measure at: as many --big-tenant values as --incidents ones, or one for all. */
    private static List<Stage> stages(String incidents, String bigTenant) {
        List<Long> sizes = longs(incidents);
        List<Long> big = longs(bigTenant);
        if (sizes.isEmpty() || (big.size() != 1 && big.size() != sizes.size())) {
            throw new IllegalArgumentException("--big-tenant takes one value, or one per size of --incidents\n" + USAGE);
        }
        List<Stage> stages = new java.util.ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            stages.add(new Stage(sizes.get(i), big.get(big.size() == 1 ? 0 : i)));
        }
        return List.copyOf(stages);
    }

    private static List<Long> longs(String list) {
        return Arrays.stream(list.split(",")).map(n -> n.strip().replace("_", "")).filter(n -> !n.isEmpty())
                .map(Long::valueOf).toList();
    }

    private static Set<String> scenarios(String list) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String name : list.split(",")) {
            String n = name.strip().toLowerCase(java.util.Locale.ROOT);
            if (n.equals("all")) {
                chosen.addAll(SCENARIOS);
            } else if (SCENARIOS.contains(n)) {
                chosen.add(n);
            } else if (!n.isEmpty()) {
                throw new IllegalArgumentException("Unknown scenario " + n + " (known: " + SCENARIOS + ")\n" + USAGE);
            }
        }
        return Set.copyOf(chosen);
    }

    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
