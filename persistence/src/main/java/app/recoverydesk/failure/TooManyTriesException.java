package app.recoverydesk.failure;

import java.time.Duration;

/**
 * A caller that tried too often (guessing feedback links, say) is refused for a while without the request being
 * looked at; both interfaces answer 429 with the wait as Retry-After.
 */
public class TooManyTriesException extends BusinessException {

    private final Duration retryAfter;

    public TooManyTriesException(Duration retryAfter) {
        super(Kind.TOO_MANY_TRIES, "problem.tooManyTries");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until the caller may try again, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
