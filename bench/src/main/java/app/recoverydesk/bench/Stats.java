package app.recoverydesk.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Rate and latency percentiles of successful calls, from all recorded latencies (sorted, no histogram). */
record Stats(long count, double perSecond, double p50Ms, double p95Ms, double p99Ms, double maxMs, long errors,
             Map<String, Integer> errorKinds, String errorSample) {

    static Stats of(long[] nanos, Duration window, Map<String, Integer> errorKinds, String errorSample) {
        Arrays.sort(nanos);
        long errors = errorKinds.values().stream().mapToLong(Integer::longValue).sum();
        return new Stats(nanos.length, nanos.length / (window.toNanos() / 1e9), ms(percentile(nanos, 0.50)),
                ms(percentile(nanos, 0.95)), ms(percentile(nanos, 0.99)), ms(nanos.length == 0 ? 0 : nanos[nanos.length - 1]), errors,
                Map.copyOf(errorKinds), errorSample);
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    static void printHeader() {
        System.out.printf("  %-22s %9s %10s %9s %9s %9s %7s%n", "", "ok calls", "calls/s", "p50 ms", "p99 ms",
                "max ms", "errors");
    }

    void print(String label) {
        System.out.printf("  %-22s %9d %10.1f %9.2f %9.2f %9.2f %7d%s%n", label, count, perSecond, p50Ms, p99Ms,
                maxMs, errors, errors == 0 ? "" : "  " + errorSummary());
    }

    String errorSummary() {
        String kinds = errorKinds.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue())
                .collect(Collectors.joining(", "));
        return errorSample == null ? kinds : kinds + " — e.g. " + errorSample;
    }
}
