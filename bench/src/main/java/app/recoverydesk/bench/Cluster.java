package app.recoverydesk.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The WildFly nodes of scripts/cluster.sh, which the cluster run stops and starts between its steps. */
final class Cluster {

    static final List<String> NODES = List.of("node1", "node2");

    private final Path script;
    private final Path logs;

    Cluster(Path script, Path logs) {
        this.script = script;
        this.logs = logs;
    }

    Processes processes() {
        return Processes.cluster(logs, NODES);
    }

    boolean running(String node) {
        return Processes.recorded(logs, "wildfly-" + node).get().anyMatch(ProcessHandle::isAlive);
    }

    List<String> running() {
        return NODES.stream().filter(this::running).toList();
    }

    /** Starts a node that is down or stops one that is up, once it is ready or gone; false if nothing to do. */
    boolean set(String node, boolean up) throws IOException, InterruptedException {
        if (running(node) == up) {
            return false;
        }
        Process p = new ProcessBuilder(script.toString(), up ? "start-node" : "stop-node", "wildfly-" + node)
                .inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(script + (up ? " start-node " : " stop-node ") + node + " failed");
        }
        return true;
    }
}
