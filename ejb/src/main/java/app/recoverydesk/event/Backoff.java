package app.recoverydesk.event;

import java.time.Duration;

/**
 * How long a failed delivery waits before the next try: doubling from {@code DELIVERY_RETRY_SECONDS} (30 s) up to
 * an hour, and given up {@code DELIVERY_GIVE_UP_HOURS} (24 h) after the first try. Shared by the outbox, mail and
 * webhooks, so that every delivery retries the same way.
 */
public final class Backoff {

    public static final Duration FIRST = Duration.ofSeconds(envLong("DELIVERY_RETRY_SECONDS", 30));
    public static final Duration LONGEST = Duration.ofHours(1);
    public static final Duration GIVE_UP_AFTER = Duration.ofHours(envLong("DELIVERY_GIVE_UP_HOURS", 24));

    private Backoff() {
    }

    /** The wait after the {@code attempts}-th failed try (1 for the first). */
    public static Duration after(int attempts) {
        Duration wait = FIRST;
        for (int i = 1; i < attempts && wait.compareTo(LONGEST) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }

    private static long envLong(String name, long fallback) {
        String value = System.getenv(name);
        try {
            return value == null || value.isBlank() ? fallback : Math.max(1, Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
