package app.recoverydesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The processes whose CPU a run meters, by name, each found anew at every sample (a node may have been stopped
 * or started in between). The client, this process, is metered always.
 */
record Processes(Map<String, Supplier<Stream<ProcessHandle>>> groups) {

    /** bench/run.sh's servers: one WildFly, one Keycloak and the database, found by their command lines. */
    static Processes singleServer() {
        Map<String, Supplier<Stream<ProcessHandle>>> groups = new LinkedHashMap<>();
        groups.put("server", matching(cmd -> cmd.contains("jboss-modules")));
        groups.put("database", database());
        groups.put("Keycloak", matching(cmd -> cmd.contains("keycloak") || cmd.contains("quarkus")));
        return new Processes(groups);
    }

    /**
     * scripts/cluster.sh's servers, by the process ids it records in its log folder (NAME.pid, the process group's
     * leader, whose descendants are the Java process): each WildFly node on its own, both Keycloak nodes together.
     */
    static Processes cluster(Path logs, List<String> wildflyNodes) {
        Map<String, Supplier<Stream<ProcessHandle>>> groups = new LinkedHashMap<>();
        for (String node : wildflyNodes) {
            groups.put(node, recorded(logs, "wildfly-" + node));
        }
        groups.put("Keycloak", () -> Stream.concat(recorded(logs, "keycloak-kc1").get(),
                recorded(logs, "keycloak-kc2").get()));
        groups.put("balancer", recorded(logs, "haproxy"));
        groups.put("database", database());
        return new Processes(groups);
    }

    /** The processes of one server started by scripts/cluster.sh; none while it is stopped. */
    static Supplier<Stream<ProcessHandle>> recorded(Path logs, String name) {
        return () -> {
            Path pidFile = logs.resolve(name + ".pid");
            try {
                long pid = Long.parseLong(Files.readString(pidFile).strip());
                return ProcessHandle.of(pid).stream().flatMap(p -> Stream.concat(Stream.of(p), p.descendants()));
            } catch (IOException | NumberFormatException e) {
                return Stream.empty();
            }
        };
    }

    private static Supplier<Stream<ProcessHandle>> database() {
        return matching(cmd -> cmd.contains("mariadbd") || cmd.contains("mysqld"));
    }

    private static Supplier<Stream<ProcessHandle>> matching(Predicate<String> commandLine) {
        return () -> ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> commandLine.test(p.info().commandLine().orElse("")));
    }
}
