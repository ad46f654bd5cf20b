package app.recoverydesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The report reads a period's times by whole months and the days around them: every day once, none outside. */
class MonthsTest {

    @Test
    void aYearEndingMidMonthIsElevenWholeMonthsAndTheDaysAroundThem() {
        var months = IncidentDayCounts.Months.within(LocalDate.of(2025, 12, 2), LocalDate.of(2026, 12, 1));
        assertEquals(new IncidentDayCounts.Months(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 1)), months);
    }

    @Test
    void aPeriodWithinOneMonthIsReadByDays() {
        var months = IncidentDayCounts.Months.within(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 20));
        assertEquals(List.of(), wholeMonthDays(months));
        assertEquals(days(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 20)),
                readByDay(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 20), months));
    }

    @Test
    void everyDayOfAnyPeriodIsReadExactlyOnce() {
        Random random = new Random(22);
        for (int i = 0; i < 5000; i++) {
            LocalDate from = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900));
            LocalDate to = from.plusDays(random.nextInt(random.nextBoolean() ? 40 : 800));
            var months = IncidentDayCounts.Months.within(from, to);
            List<LocalDate> read = new ArrayList<>(readByDay(from, to, months));
            read.addAll(wholeMonthDays(months));
            read.sort(null);
            assertEquals(days(from, to), read, from + " to " + to + " as " + months);
            if (months.first().isBefore(months.after())) {   // else no month is read
                assertEquals(1, months.first().getDayOfMonth(), from + " to " + to);
            }
        }
    }

    /** The days the daily query reads: from up to before the months, and from after them up to to. */
    private static List<LocalDate> readByDay(LocalDate from, LocalDate to, IncidentDayCounts.Months months) {
        List<LocalDate> read = new ArrayList<>(days(from, months.first().minusDays(1)));
        read.addAll(days(months.after(), to));
        return read;
    }

    private static List<LocalDate> wholeMonthDays(IncidentDayCounts.Months months) {
        List<LocalDate> read = new ArrayList<>();
        for (LocalDate m = months.first(); m.isBefore(months.after()); m = m.plusMonths(1)) {
            read.addAll(days(m, m.plusMonths(1).minusDays(1)));
        }
        return read;
    }

    private static List<LocalDate> days(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).toList();
    }
}
