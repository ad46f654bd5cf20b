package app.recoverydesk.report;

import java.util.Map;
import java.util.TreeMap;

/**
 * Median and 90th percentile of durations in minutes, from a histogram the database counted (minutes → how
 * many), so the durations themselves never leave the database. Null when nothing was measured.
 */
public record Spread(long count, Long median, Long p90) {

    public static final Spread NONE = new Spread(0, null, null);

    public static Spread of(Map<Long, Long> histogram) {
        TreeMap<Long, Long> sorted = new TreeMap<>(histogram);
        long count = sorted.values().stream().mapToLong(Long::longValue).sum();
        if (count == 0) {
            return NONE;
        }
        return new Spread(count, rank(sorted, (count + 1) / 2), rank(sorted, (long) Math.ceil(count * 0.9)));
    }

    /** The value at the given 1-based rank (the nearest-rank method: no interpolation between durations). */
    private static Long rank(TreeMap<Long, Long> sorted, long rank) {
        long seen = 0;
        for (Map.Entry<Long, Long> bucket : sorted.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return bucket.getKey();
            }
        }
        return sorted.lastKey();
    }
}
