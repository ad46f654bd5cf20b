package app.recoverydesk.job;

import java.io.Serializable;
import java.time.Instant;

/** One pass of a background job over what was due: where and when it ran, how long it took, what it handled. */
public record JobPass(String job, String node, Instant startedAt, long durationMicros, int items) implements Serializable {
}
