package app.recoverydesk.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where the machine's CPU went during a measured window: the application server, the database, the identity
 * provider and this client share the same cores, so a figure per call shows which of them a change would help.
 */
final class CpuShares {

    private static final Map<String, Predicate<String>> PROCESSES = new LinkedHashMap<>();

    static {
        PROCESSES.put("server", cmd -> cmd.contains("jboss-modules"));
        PROCESSES.put("database", cmd -> cmd.contains("mariadbd") || cmd.contains("mysqld"));
        PROCESSES.put("Keycloak", cmd -> cmd.contains("keycloak") || cmd.contains("quarkus"));
    }

    private final Map<String, Duration> used;

    private CpuShares(Map<String, Duration> used) {
        this.used = used;
    }

    /** CPU used so far by each process group (all processes whose command line matches) and by this client. */
    static CpuShares now() {
        Map<String, Duration> used = new LinkedHashMap<>();
        PROCESSES.keySet().forEach(name -> used.put(name, Duration.ZERO));
        ProcessHandle.allProcesses().forEach(p -> {
            String cmd = p.info().commandLine().orElse("");
            PROCESSES.forEach((name, matches) -> {
                if (matches.test(cmd) && p.pid() != ProcessHandle.current().pid()) {
                    used.merge(name, cpu(p).orElse(Duration.ZERO), Duration::plus);
                }
            });
        });
        used.put("client", cpu(ProcessHandle.current()).orElse(Duration.ZERO));
        return new CpuShares(used);
    }

    private static Optional<Duration> cpu(ProcessHandle p) {
        return p.info().totalCpuDuration();
    }

    /** "CPU per call: server 1.20 ms, database 0.40 ms, …" between this snapshot and a later one. */
    String perCall(CpuShares later, long calls, Duration window) {
        StringBuilder line = new StringBuilder("  CPU per call:");
        double cores = 0;
        for (Map.Entry<String, Duration> e : used.entrySet()) {
            double ms = later.used.get(e.getKey()).minus(e.getValue()).toNanos() / 1e6;
            cores += ms / window.toMillis();
            line.append(String.format(" %s %.2f ms,", e.getKey(), calls == 0 ? 0 : ms / calls));
        }
        line.setLength(line.length() - 1);
        return line.append(String.format(" (%.2f of %d CPUs busy)", cores, Runtime.getRuntime().availableProcessors()))
                .toString();
    }
}
