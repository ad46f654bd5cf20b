package app.recoverydesk.it.cluster;

import app.recoverydesk.it.Scripts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The cluster of ./run.sh --cluster (scripts/cluster.sh), started once for the cluster stage's test classes and
 * stopped when their JVM ends. Servers are named as in logs/: wildfly-node1, wildfly-node2, keycloak-kc1, keycloak-kc2.
 */
public final class Cluster {

    /** The balancer, where the application and Keycloak have the single server's addresses. */
    public static final String APP = "http://localhost:8080";
    public static final String KEYCLOAK = "http://localhost:8180";
    /** The response header the balancer names the node with that answered. */
    public static final String NODE_HEADER = "X-Recovery-Node";
    /** The balancer's affinity cookie for the application. */
    public static final String AFFINITY_COOKIE = "RD_NODE";

    private static final Path ROOT = Scripts.ROOT;
    private static final Path LOG = Path.of("target", "cluster.log");
    private static boolean started;

    private Cluster() {
    }

    /** Starts the cluster unless this JVM already did; the single Keycloak of the earlier stages gives way to it. */
    public static synchronized void start() {
        if (started) {
            return;
        }
        if (!Files.exists(ROOT.resolve("logs/haproxy.pid"))) {
            script("servers.sh", "stop", "keycloak");
            script("cluster.sh", "start");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> script("cluster.sh", "stop")));
        }
        started = true;
    }

    /** SIGKILL to the server's process group, as a crash or an out-of-memory kill would end it. */
    public static void kill(String server) {
        script("cluster.sh", "kill", server);
    }

    /** Starts a server again and waits until it is ready. */
    public static void restart(String server) {
        script("cluster.sh", "start-node", server);
    }

    /** Whether the balancer counts the server as up again (two passed readiness checks). */
    public static void awaitBalancerSees(String node) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                String csv = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:8404/;csv")).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                if (csv.lines().anyMatch(line -> line.contains("," + node + ",") && line.contains(",UP"))) {
                    return;
                }
            } catch (IOException e) {
                // the balancer is there for the whole stage; a refused connection is a passing fault
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the balancer does not see " + node + " up");
    }

    private static void script(String name, String... args) {
        Scripts.run(LOG, Duration.ofMinutes(8), Map.of(), name, args);
    }
}
