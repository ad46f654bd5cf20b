package app.recoverydesk.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tries per key (an address, a link's hash) in fixed windows: a key that reached its limit is refused until its
 * window ends. Ended windows are forgotten, so that guesses from many addresses cannot fill the memory for good.
 */
final class TryWindow {

    /** Past this many keys, ended windows are swept away (at most once a minute). */
    private static final int SWEEP_ABOVE = 10_000;

    private record Count(Instant start, int tries) {
    }

    private final int limit;
    private final Duration length;
    private final Clock clock;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private volatile Instant nextSweep = Instant.MIN;

    TryWindow(int limit, Duration length, Clock clock) {
        this.limit = limit;
        this.length = length;
        this.clock = clock;
    }

    /** Empty while the key may try; else how long until it may again. */
    Optional<Duration> refusal(String key) {
        Instant now = clock.instant();
        Count count = counts.get(key);
        if (count == null || ended(count, now) || count.tries() < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, count.start().plus(length)));
    }

    void count(String key) {
        Instant now = clock.instant();
        counts.compute(key, (k, c) -> c == null || ended(c, now) ? new Count(now, 1) : new Count(c.start(), c.tries() + 1));
        if (counts.size() > SWEEP_ABOVE && now.isAfter(nextSweep)) {
            nextSweep = now.plus(Duration.ofMinutes(1));
            counts.values().removeIf(c -> ended(c, now));
        }
    }

    int size() {
        return counts.size();
    }

    private boolean ended(Count count, Instant now) {
        return !now.isBefore(count.start().plus(length));
    }
}
