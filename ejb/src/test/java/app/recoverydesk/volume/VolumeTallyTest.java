package app.recoverydesk.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VolumeTallyTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);

    @Test
    void onlyIncidentsOfDaysWithAVolumeCount() {
        VolumeTally tally = new VolumeTally(Map.of(1L, new VolumeTally.Span(OSLO, FROM, TO)));
        tally.volume(1, LocalDate.of(2026, 11, 2), 400);
        tally.volume(1, LocalDate.of(2026, 11, 3), 600);
        tally.incidents(1, Instant.parse("2026-11-02T11:00:00Z"), 2);
        tally.incidents(1, Instant.parse("2026-11-03T19:00:00Z"), 1);
        tally.incidents(1, Instant.parse("2026-11-04T12:00:00Z"), 5); // no volume that day: left out
        Rate rate = tally.of(1);
        assertEquals(new Rate(3, 1000, 2, 30), rate);
        assertEquals(new BigDecimal("3.0000"), rate.perThousand());
    }

    @Test
    void anIncidentBelongsToTheLocationsOwnDay() {
        VolumeTally tally = new VolumeTally(Map.of(1L, new VolumeTally.Span(OSLO, FROM, TO)));
        tally.volume(1, LocalDate.of(2026, 11, 3), 100);
        // 23:30 UTC on the 2nd is 00:30 on the 3rd in Oslo
        tally.incidents(1, Instant.parse("2026-11-02T23:00:00Z"), 1);
        assertEquals(1, tally.of(1).incidents());
    }

    @Test
    void daysOutsideTheSpanAndOtherLocationsAreLeftOut() {
        VolumeTally tally = new VolumeTally(Map.of(1L, new VolumeTally.Span(OSLO, FROM, TO),
                2L, new VolumeTally.Span(OSLO, FROM, TO)));
        tally.volume(1, LocalDate.of(2026, 10, 31), 999);
        tally.volume(1, LocalDate.of(2026, 11, 30), 500);
        tally.volume(3, LocalDate.of(2026, 11, 30), 777);
        tally.volume(2, LocalDate.of(2026, 11, 15), 1500);
        tally.incidents(2, Instant.parse("2026-11-15T12:00:00Z"), 3);
        assertEquals(new Rate(0, 500, 1, 30), tally.of(1));
        assertEquals(new Rate(3, 2000, 2, 60), tally.total());
        assertEquals(new BigDecimal("1.5000"), tally.total().perThousand());
    }

    @Test
    void aWindowHoldsOnlyItsWholeDays() {
        // fixed at noon on the 10th: the 10th is cut and belongs to neither window
        Instant fixedAt = Instant.parse("2026-11-10T11:00:00Z");
        VolumeTally.Span before = VolumeTally.Span.within(OSLO, fixedAt.minusSeconds(5 * 86_400), fixedAt);
        VolumeTally.Span after = VolumeTally.Span.within(OSLO, fixedAt, fixedAt.plusSeconds(5 * 86_400));
        assertEquals(new VolumeTally.Span(OSLO, LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 9)), before);
        assertEquals(new VolumeTally.Span(OSLO, LocalDate.of(2026, 11, 11), LocalDate.of(2026, 11, 14)), after);
        assertEquals(4, before.days());
        // a window from midnight to midnight keeps every day
        Instant midnight = LocalDate.of(2026, 11, 10).atStartOfDay(OSLO).toInstant();
        assertEquals(5, VolumeTally.Span.within(OSLO, midnight, midnight.plusSeconds(5 * 86_400)).days());
    }
}
