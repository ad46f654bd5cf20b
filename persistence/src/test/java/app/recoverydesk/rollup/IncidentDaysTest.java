package app.recoverydesk.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentDaysTest {

    @Test
    void aTimeIsExactBelow64MinutesAndAboveLowerByLessThanAThirtySecond() {
        for (long minutes = 0; minutes < 64; minutes++) {
            assertEquals(minutes, IncidentDays.step(minutes));
        }
        for (long minutes = 64; minutes < 2_000_000; minutes++) {
            long step = IncidentDays.step(minutes);
            assertTrue(step <= minutes && (minutes - step) * 32 < minutes, minutes + " → " + step);
            assertEquals(step, IncidentDays.step(step), "a step is its own step");
        }
        assertEquals(1_440, IncidentDays.step(1_441), "a day is a step: 1,440 = 45 × 32");
        assertEquals(1_024, IncidentDays.step(1_055));
    }

    @Test
    void minutesAreWholeAndCutTowardsZeroAsTheDatabaseCountsThem() {
        Instant created = Instant.parse("2026-03-29T00:59:30Z");
        assertEquals(0, IncidentDays.minutes(created, created.plusSeconds(59)));
        assertEquals(1, IncidentDays.minutes(created, created.plusSeconds(60)));
        assertEquals(-1, IncidentDays.minutes(created, created.minusSeconds(61)));
    }
}
