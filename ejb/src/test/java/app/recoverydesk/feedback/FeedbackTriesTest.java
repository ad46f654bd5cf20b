package app.recoverydesk.feedback;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.recoverydesk.failure.TooManyTriesException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class FeedbackTriesTest {

    /** A clock the test moves on. */
    private static final class Hands extends Clock {
        Instant now = Instant.parse("2025-01-01T10:00:00Z");

        @Override public ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    private final Hands clock = new Hands();
    private final FeedbackTries tries = new FeedbackTries(3, 5, Duration.ofMinutes(10), clock);
    private final String link = Tokens.next();

    @Test
    void anAddressWhoseLinksFailedTooOftenIsRefusedUntilItsWindowEnds() {
        for (int i = 0; i < 3; i++) {
            tries.admit("192.0.2.1", Tokens.next());
            tries.failed("192.0.2.1");
        }
        clock.now = clock.now.plusSeconds(60);
        TooManyTriesException refused = assertThrows(TooManyTriesException.class, () -> tries.admit("192.0.2.1", link));
        assertEquals(540, refused.retryAfterSeconds());
        assertDoesNotThrow(() -> tries.admit("192.0.2.2", link), "another address");
        clock.now = clock.now.plusSeconds(540);
        assertDoesNotThrow(() -> tries.admit("192.0.2.1", link), "after the window");
    }

    @Test
    void tryingAWorkingLinkCostsTheAddressNothing_butEachLinkHasItsCap() {
        for (int i = 0; i < 5; i++) {
            tries.admit("192.0.2.1", link);
        }
        assertThrows(TooManyTriesException.class, () -> tries.admit("192.0.2.3", link), "the link's own cap");
        assertDoesNotThrow(() -> tries.admit("192.0.2.1", Tokens.next()), "the address, with another link");
    }

    @Test
    void aMalformedOrMissingTokenCountsOnlyAsTheAddresssFailure() {
        for (int i = 0; i < 3; i++) {
            tries.admit("192.0.2.1", i == 0 ? null : "not-a-token");
            tries.failed("192.0.2.1");
        }
        assertThrows(TooManyTriesException.class, () -> tries.admit("192.0.2.1", null));
    }

    @Test
    void endedWindowsAreForgotten() {
        TryWindow window = new TryWindow(1, Duration.ofMinutes(10), clock);
        for (int i = 0; i <= 10_000; i++) {
            window.count("address-" + i);
        }
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        window.count("one more");
        assertEquals(1, window.size());
    }
}
