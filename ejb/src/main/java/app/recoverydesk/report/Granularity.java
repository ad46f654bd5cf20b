package app.recoverydesk.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How the trend is bucketed: ISO weeks (starting Monday) or calendar months. */
public enum Granularity {
    WEEK, MONTH;

    public LocalDate bucketOf(LocalDate day) {
        return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    public LocalDate next(LocalDate bucket) {
        return this == WEEK ? bucket.plusWeeks(1) : bucket.plusMonths(1);
    }
}
