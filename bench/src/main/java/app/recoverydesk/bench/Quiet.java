package app.recoverydesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Waits before measuring until the machine is quiet: other work on the same CPUs (a build, a test run while a long
 * seeding ran) would slow every figure. Reads the 1-minute load average, which the benchmark's own idle servers
 * keep well below 1. After seeding, the database also has gigabytes of changed pages to write back, work it does
 * in the background for minutes (a first run measured the database's CPU per list call at 10x while it did).
 */
final class Quiet {

    private static final Duration AT_MOST = Duration.ofMinutes(60);

    private Quiet() {
    }

    /**
     * Until at most 1 % of the buffer pool's pages are waiting to be written, or their number has not gone down for
     * 30 s (at most 30 minutes).
     */
    static void awaitFlushed(Db db) throws Exception {
        long started = System.nanoTime();
        long dirty = db.count("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                + " WHERE VARIABLE_NAME = 'INNODB_BUFFER_POOL_PAGES_DIRTY'");
        long total = db.count("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                + " WHERE VARIABLE_NAME = 'INNODB_BUFFER_POOL_PAGES_TOTAL'");
        long first = dirty;
        int still = 0; // checks without fewer pages: the rest waits for the redo log to fill, no background work
        while (dirty > total / 100 && still < 6 && System.nanoTime() - started < Duration.ofMinutes(30).toNanos()) {
            Thread.sleep(5000);
            long now = db.count("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                    + " WHERE VARIABLE_NAME = 'INNODB_BUFFER_POOL_PAGES_DIRTY'");
            still = now < dirty ? 0 : still + 1;
            dirty = now;
        }
        System.out.printf("  database: %,d of %,d buffer pool pages changed after seeding, %,d after %.0f s of writing"
                + " them back%n", first, total, dirty, (System.nanoTime() - started) / 1e9);
    }

    /** limit 0: no waiting. */
    static void await(double limit) throws IOException, InterruptedException {
        if (limit <= 0 || load() < limit) {
            return;
        }
        long started = System.nanoTime();
        System.out.printf("%n  waiting until the load average is below %.1f (now %.1f), at most %d min%n", limit, load(),
                AT_MOST.toMinutes());
        while (load() >= limit && System.nanoTime() - started < AT_MOST.toNanos()) {
            Thread.sleep(5000);
        }
        System.out.printf("  waited %.0f s; load average %.1f%n", (System.nanoTime() - started) / 1e9, load());
    }

    static double load() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }
}
