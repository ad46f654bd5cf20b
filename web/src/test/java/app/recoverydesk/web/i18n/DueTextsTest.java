package app.recoverydesk.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The time left on a request, or past its due time, in words and as a state the badge colours. */
class DueTextsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private static String in(Duration offset, String language) {
        return DueTexts.countdown(NOW.plus(offset), NOW, Locale.forLanguageTag(language));
    }

    @Test
    void timeLeftAndTimePastReadInHoursAndMinutes() {
        assertEquals("due in 1 h 20 min", in(Duration.ofMinutes(80), "en"));
        assertEquals("overdue by 15 min", in(Duration.ofMinutes(-15), "en"));
        assertEquals("frist om 1 t 20 min", in(Duration.ofMinutes(80), "nb"));
        assertEquals("over fristen med 15 min", in(Duration.ofMinutes(-15), "nb"));
        assertEquals("просрочено на 2 ч 0 мин", in(Duration.ofHours(-2), "ru"));
        assertEquals("due in 2 d 3 h", in(Duration.ofHours(51), "en"));
    }

    @Test
    void secondsLeftStillReadAsAMinute() {
        assertEquals("due in 1 min", in(Duration.ofSeconds(20), "en"));
        assertEquals("due in 2 min", in(Duration.ofSeconds(61), "en"));
    }

    @Test
    void theStateTurnsSoonInTheLastQuarterOfTheTargetAndOverdueAtTheDueTime() {
        Instant asked = NOW.minus(Duration.ofMinutes(10));
        // a target of 15 minutes: soon from 3 min 45 s before the due time
        assertEquals(DueTexts.State.OK, DueTexts.state(asked, NOW.plus(Duration.ofMinutes(5)), NOW));
        assertEquals(DueTexts.State.OK, DueTexts.state(NOW.minus(Duration.ofSeconds(674)), NOW.plus(Duration.ofSeconds(226)), NOW));
        assertEquals(DueTexts.State.SOON, DueTexts.state(NOW.minus(Duration.ofSeconds(675)), NOW.plus(Duration.ofSeconds(225)), NOW));
        assertEquals(DueTexts.State.SOON, DueTexts.state(asked, NOW, NOW));
        assertEquals(DueTexts.State.OVERDUE, DueTexts.state(asked, NOW.minusSeconds(1), NOW));
    }
}
