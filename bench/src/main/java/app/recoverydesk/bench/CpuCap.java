package app.recoverydesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A share of the CPU for some processes, as if they had a smaller machine of their own: a Linux control group
 * with a CFS quota (cgroup v1 cpu.cfs_quota_us, or v2 cpu.max), so a server's CPU time is capped without pinning
 * it to whole cores, and a high weight, so that it gets that much. Needs root; {@link #close} moves the processes back and removes the group.
 */
final class CpuCap implements AutoCloseable {

    /** A short period, so a capped server waits at most this long for its next turn (latency stays readable). */
    private static final long PERIOD_MICROS = 20_000;
    /**
     * Ten times a process's default weight: on a machine busy with other work the group still gets its quota,
     * as a core of its own would give it.
     */
    private static final String SHARES_V1 = "10240";
    private static final String WEIGHT_V2 = "1000";

    private final Path group;
    private final Path home;
    private final List<ProcessHandle> processes;

    private CpuCap(Path group, Path home, List<ProcessHandle> processes) {
        this.group = group;
        this.home = home;
        this.processes = processes;
    }

    /** Caps these processes together at this many cores (e.g. 0.25). */
    static CpuCap of(String name, Stream<ProcessHandle> found, double cores) throws IOException {
        boolean v1 = Files.isDirectory(Path.of("/sys/fs/cgroup/cpu"));
        Path root = v1 ? Path.of("/sys/fs/cgroup/cpu") : Path.of("/sys/fs/cgroup");
        Path home = root.resolve(ownGroup(v1));
        Path group = home.resolve("recovery-bench-" + name);
        Files.createDirectories(group);
        long quota = Math.round(cores * PERIOD_MICROS);
        if (v1) {
            Files.writeString(group.resolve("cpu.cfs_period_us"), String.valueOf(PERIOD_MICROS));
            Files.writeString(group.resolve("cpu.cfs_quota_us"), String.valueOf(quota));
            Files.writeString(group.resolve("cpu.shares"), SHARES_V1);
        } else {
            Files.writeString(group.resolve("cpu.max"), quota + " " + PERIOD_MICROS);
            Files.writeString(group.resolve("cpu.weight"), WEIGHT_V2);
        }
        List<ProcessHandle> processes = found.toList();
        CpuCap cap = new CpuCap(group, home, processes);
        try {
            for (ProcessHandle p : processes) {
                Files.writeString(group.resolve("cgroup.procs"), String.valueOf(p.pid()));
            }
        } catch (IOException e) {
            cap.close();
            throw e;
        }
        return cap;
    }

    /** This process's control group for the CPU (relative), where the capped processes return. */
    private static String ownGroup(boolean v1) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/cgroup"))) {
            String[] f = line.split(":", 3);
            boolean cpu = v1 ? List.of(f[1].split(",")).contains("cpu") : f[0].equals("0");
            if (cpu) {
                return f[2].replaceFirst("^/", "");
            }
        }
        throw new IOException("no CPU control group in /proc/self/cgroup");
    }

    @Override
    public void close() throws IOException {
        for (ProcessHandle p : processes) {
            if (p.isAlive()) {
                Files.writeString(home.resolve("cgroup.procs"), String.valueOf(p.pid()));
            }
        }
        Files.deleteIfExists(group);
    }
}
