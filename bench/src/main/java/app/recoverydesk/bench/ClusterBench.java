package app.recoverydesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The cluster run (bench/cluster.sh): the filtered list and API logging through the balancer against one and then
 * two WildFly nodes of scripts/cluster.sh, on the same seeded data (both nodes run throughout; the balancer takes
 * node 2 out of service for the one-node steps). The two cores of this machine are shared by
 * everything, so two nodes cannot add capacity here; each step therefore runs twice: on the shared cores, and
 * with each node capped at --node-cores (a control group's quota), as if each node had a small machine of its
 * own while the database, Keycloak, the balancer and the client keep the rest. Prints figures, asserts nothing.
 */
public final class ClusterBench {

    private static final String STATS = "http://127.0.0.1:8404/";

    /** One measured step: a scenario on this many nodes, their CPU capped or not. */
    private record Step(String scenario, int nodes, boolean capped) {
    }

    private ClusterBench() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        Db db = new Db(o.jdbc(), o.dbUser(), o.dbPassword());
        Balancer balancer = new Balancer(STATS, Path.of("logs/haproxy.sock"), "wildfly");
        Cluster cluster = new Cluster(Path.of("logs"), balancer);
        System.out.printf("Recovery Desk cluster benchmark: %,d incidents, %d clients, %d s warm-up + %d s per step,"
                + " WildFly nodes capped at %.2f cores in the capped steps%n", o.incidents(), o.clients(),
                o.warmup().toSeconds(), o.duration().toSeconds(), o.nodeCores());
        System.out.printf("  %d CPUs (shared by client, balancer, servers and database), Java %s, database %s,"
                + " load average (1 min) %.1f%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), db.version(), load());

        new Seeder(db, o.seedThreads(), o.tenants(), o.bigTenant()).seed(o.incidents());
        Db.TenantIds bistro = db.tenant(Db.BISTRO_ORGANIZATION);
        System.out.printf("  Bistro Nord: %,d incidents, %d locations%n",
                db.count("SELECT COUNT(*) FROM incident WHERE tenant_id = " + bistro.id()), bistro.locations().size());
        Tokens tokens = new Tokens(o.realm(), "bistro-frontline", "demo");
        FilteredList.probe(o.app(), tokens, bistro);

        // The list first at two nodes and then one, logging at one and then two: every list on exactly the seeded
        // data (logging adds incidents).
        List<Step> steps = new ArrayList<>();
        for (int nodes : new int[] {2, 1}) {
            steps.addAll(modes("list", nodes, o));
        }
        for (int nodes : new int[] {1, 2}) {
            steps.addAll(modes("api", nodes, o));
        }
        Map<Step, Load.Result> results = new LinkedHashMap<>();
        Set<String> warm = new HashSet<>(); // "scenario node": that node's JIT compiler has seen that scenario
        for (Step step : steps) {
            cluster.set("node2", step.nodes() == 2);
            List<String> nodes = cluster.inService();
            boolean cold = nodes.stream().anyMatch(n -> warm.add(step.scenario() + " " + n));
            results.put(step, measure(step, nodes, cold ? o.warmup() : Duration.ofSeconds(5), o, cluster, balancer,
                    tokens, bistro));
        }
        cluster.set("node2", true);

        System.out.printf("%n== Summary (%,d incidents seeded, %d clients, %d s measured each, load average %.1f)%n",
                o.incidents(), o.clients(), o.duration().toSeconds(), load());
        summary("Filtered list (GET /api/v1/incidents)", "list", results, o);
        summary("API logging (POST /api/v1/incidents)", "api", results, o);
    }

    private static List<Step> modes(String scenario, int nodes, Options o) {
        return o.nodeCores() > 0 ? List.of(new Step(scenario, nodes, false), new Step(scenario, nodes, true))
                : List.of(new Step(scenario, nodes, false));
    }

    private static Load.Result measure(Step step, List<String> nodes, Duration warmup, Options o, Cluster cluster,
                                       Balancer balancer, Tokens tokens, Db.TenantIds bistro)
            throws IOException, InterruptedException {
        String name = String.format("%s, %d node%s, %s", step.scenario().equals("list")
                ? "Filtered list (GET /api/v1/incidents)" : "API logging (POST /api/v1/incidents)", nodes.size(),
                nodes.size() == 1 ? "" : "s", step.capped()
                        ? String.format("each capped at %.2f cores", o.nodeCores()) : "shared cores");
        List<CpuCap> caps = new ArrayList<>();
        try {
            if (step.capped()) {
                for (String node : nodes) {
                    caps.add(CpuCap.of(node, cluster.processes().groups().get(node).get(), o.nodeCores()));
                }
            }
            return Load.run(name, o.clients(), warmup, o.duration(), w -> step.scenario().equals("list")
                    ? new FilteredList(o.app(), tokens, bistro, w)
                    : new ApiLogging(o.app(), tokens, bistro, w, false), cluster.processes(), balancer);
        } finally {
            for (CpuCap cap : caps) {
                cap.close();
            }
        }
    }

    /** One scenario's steps side by side: shared cores, then capped; one node, then two; and the ratios. */
    private static void summary(String title, String scenario, Map<Step, Load.Result> results, Options o) {
        List<Step> columns = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        for (boolean capped : o.nodeCores() > 0 ? new boolean[] {false, true} : new boolean[] {false}) {
            for (int nodes : new int[] {1, 2}) {
                Step step = new Step(scenario, nodes, capped);
                if (results.containsKey(step)) {
                    columns.add(step);
                    heads.add((capped ? String.format("%.2f cores", o.nodeCores()) : "shared") + ", " + nodes);
                }
            }
        }
        System.out.printf("%n  %s; columns: CPU of each node (shared cores, or capped), number of nodes%n", title);
        row("", columns, s -> heads.get(columns.indexOf(s)));
        row("requests/s", columns, s -> String.format("%.1f", results.get(s).overall().perSecond()));
        row("ratio 2 nodes / 1 node", columns, s -> {
            Load.Result one = results.get(new Step(scenario, 1, s.capped()));
            return s.nodes() == 1 || one == null || one.overall().perSecond() == 0 ? ""
                    : String.format("%.2f", results.get(s).overall().perSecond() / one.overall().perSecond());
        });
        row("p50 ms", columns, s -> String.format("%.2f", results.get(s).overall().p50Ms()));
        row("p99 ms", columns, s -> String.format("%.2f", results.get(s).overall().p99Ms()));
        row("errors", columns, s -> String.valueOf(results.get(s).overall().errors()));
        for (String node : Cluster.NODES) {
            row("answered by " + node, columns,
                    s -> String.valueOf(results.get(s).answeredBy().getOrDefault(node, 0L)));
        }
        for (String node : Cluster.NODES) {
            row("CPU ms per answer, " + node, columns, s -> {
                long answered = results.get(s).answeredBy().getOrDefault(node, 0L);
                Load.Result r = results.get(s);
                return answered == 0 || r.cpu() == null ? "-"
                        : String.format("%.2f", r.cpu().ms(node) * r.overall().count() / answered);
            });
        }
        row("CPU ms per request, WildFly", columns, s -> cpu(results.get(s), r -> wildfly(r)));
        for (String group : List.of("Keycloak", "balancer", "database", "client")) {
            row("CPU ms per request, " + group, columns, s -> cpu(results.get(s), r -> r.cpu().ms(group)));
        }
        row("cores busy: metered + other", columns, s -> results.get(s).cpu() == null ? "-" : String.format(
                "%.2f + %.2f", results.get(s).cpu().coresBusy(), results.get(s).cpu().otherCores()));
        row("requests/s per WildFly core", columns, s -> {
            Load.Result r = results.get(s);
            return r.cpu() == null || wildfly(r) == 0 ? "-" : String.format("%.0f", 1000 / wildfly(r));
        });
        row("requests/s per database core", columns, s -> {
            Load.Result r = results.get(s);
            return r.cpu() == null || r.cpu().ms("database") == 0 ? "-"
                    : String.format("%.0f", 1000 / r.cpu().ms("database"));
        });
    }

    /** Both nodes' CPU per request, of those in service (one out of service idles: timers, heartbeats). */
    private static double wildfly(Load.Result r) {
        return Cluster.NODES.stream().filter(n -> r.answeredBy().getOrDefault(n, 0L) > 0).mapToDouble(r.cpu()::ms)
                .sum();
    }

    private static String cpu(Load.Result r, Function<Load.Result, Double> ms) {
        return r.cpu() == null ? "-" : String.format("%.2f", ms.apply(r));
    }

    private static void row(String label, List<Step> columns, Function<Step, String> cell) {
        StringBuilder line = new StringBuilder(String.format("  %-30s", label));
        for (Step s : columns) {
            line.append(String.format(" %14s", cell.apply(s)));
        }
        System.out.println(line);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
