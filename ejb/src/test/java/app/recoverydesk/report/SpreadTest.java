package app.recoverydesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void medianAndNinetiethPercentileComeFromTheHistogramByNearestRank() {
        Map<Long, Long> histogram = new HashMap<>();
        for (long minutes = 1; minutes <= 10; minutes++) {
            histogram.put(minutes, 1L);
        }
        assertEquals(new Spread(10, 5L, 9L), Spread.of(histogram));
        assertEquals(new Spread(3, 7L, 60L), Spread.of(Map.of(7L, 2L, 60L, 1L)));
    }

    @Test
    void nothingMeasuredHasNoMedian() {
        assertEquals(Spread.NONE, Spread.of(Map.of()));
    }

    @Test
    void aPeriodComparesWithTheEqualPeriodBefore() {
        Period june = new Period(java.time.LocalDate.of(2026, 6, 1), java.time.LocalDate.of(2026, 6, 30),
                java.time.ZoneId.of("Europe/Oslo"));
        assertEquals(List.of(java.time.LocalDate.of(2026, 5, 2), java.time.LocalDate.of(2026, 5, 31)),
                List.of(june.previous().from(), june.previous().to()));
        assertEquals(java.time.Instant.parse("2026-05-31T22:00:00Z"), june.start());
        assertEquals(Granularity.WEEK, june.granularity());
    }
}
