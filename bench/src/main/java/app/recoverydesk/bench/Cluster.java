package app.recoverydesk.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The WildFly nodes of scripts/cluster.sh, which the cluster run takes out of the balancer's service and back
 * between its steps. A node out of service keeps running, so every step finds the nodes equally warm (a node
 * started anew would spend minutes compiling); its idle CPU (timers, the cluster's heartbeats) is metered apart.
 */
final class Cluster {

    static final List<String> NODES = List.of("node1", "node2");

    private final Path logs;
    private final Balancer balancer;
    private final List<String> inService = new ArrayList<>(NODES);

    Cluster(Path logs, Balancer balancer) {
        this.logs = logs;
        this.balancer = balancer;
    }

    Processes processes() {
        return Processes.cluster(logs, NODES);
    }

    /** The nodes the balancer sends requests to. */
    List<String> inService() {
        return List.copyOf(inService);
    }

    /** Puts a node into service or takes it out; a node put back gets a few seconds to pass its checks. */
    void set(String node, boolean up) throws IOException, InterruptedException {
        if (inService.contains(node) == up) {
            return;
        }
        balancer.inService(node, up);
        if (up) {
            inService.add(node);
            Thread.sleep(3000); // two checks a second apart (scripts/haproxy.cfg: inter 1s rise 2)
        } else {
            inService.remove(node);
        }
    }
}
