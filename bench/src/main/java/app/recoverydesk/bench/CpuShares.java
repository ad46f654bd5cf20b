package app.recoverydesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the machine's CPU went during a measured window: the application server, the database, the identity
 * provider and this client share the same cores, so a figure per call shows which of them a change would help.
 * The machine's own count (/proc/stat) shows how much went to anything else on it.
 */
final class CpuShares {

    /** The kernel's clock ticks per second in /proc/stat (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100;

    private final Map<String, Duration> used;
    private final Duration machine;

    private CpuShares(Map<String, Duration> used, Duration machine) {
        this.used = used;
        this.machine = machine;
    }

    /** CPU used so far by each group of processes and by this client. */
    static CpuShares now(Processes processes) {
        Map<String, Duration> used = new LinkedHashMap<>();
        processes.groups().forEach((name, found) -> used.put(name, found.get()
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO)).reduce(Duration.ZERO, Duration::plus)));
        used.put("client", ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO));
        return new CpuShares(used, machineBusy());
    }

    /** Busy time of all CPUs since boot (everything but idle and waiting for I/O); zero where unknown. */
    private static Duration machineBusy() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < Math.min(f.length, 9); i++) { // user nice system idle iowait irq softirq steal
                busy += i == 4 || i == 5 ? 0 : Long.parseLong(f[i]);
            }
            return Duration.ofMillis(Math.round(busy * 1000 / TICKS_PER_SECOND));
        } catch (IOException | RuntimeException e) {
            return Duration.ZERO;
        }
    }

    /** The CPU per call of each group between this snapshot and a later one, and the cores busy meanwhile. */
    Use until(CpuShares later, long calls, Duration window) {
        Map<String, Double> msPerCall = new LinkedHashMap<>();
        double metered = 0;
        for (Map.Entry<String, Duration> e : used.entrySet()) {
            double ms = later.used.get(e.getKey()).minus(e.getValue()).toNanos() / 1e6;
            metered += ms;
            msPerCall.put(e.getKey(), calls == 0 ? 0 : ms / calls);
        }
        double machineMs = later.machine.minus(machine).toNanos() / 1e6;
        return new Use(msPerCall, metered / window.toMillis(), Math.max(0, machineMs - metered) / window.toMillis());
    }

    /** CPU milliseconds per call by group; cores busy with the metered processes, and with anything else. */
    record Use(Map<String, Double> msPerCall, double coresBusy, double otherCores) {

        double ms(String group) {
            return msPerCall.getOrDefault(group, 0.0);
        }

        /** "CPU per call: server 1.20 ms, database 0.40 ms, … (1.80 of 2 CPUs busy, 0.10 with other work)". */
        String line() {
            StringBuilder line = new StringBuilder("  CPU per call:");
            msPerCall.forEach((name, ms) -> line.append(String.format(" %s %.2f ms,", name, ms)));
            line.setLength(line.length() - 1);
            return line.append(String.format(" (%.2f of %d CPUs busy, %.2f more with other work on the machine)",
                    coresBusy, Runtime.getRuntime().availableProcessors(), otherCores)).toString();
        }
    }
}
