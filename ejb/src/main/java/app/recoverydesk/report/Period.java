package app.recoverydesk.report;

import app.recoverydesk.failure.InvalidInputException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Days in the tenant's time zone, both ends included. A report compares one period with the one of the same
 * length just before it.
 */
public record Period(LocalDate from, LocalDate to, ZoneId zone) implements Serializable {

    /** Two years and a day: enough for "this year against last year", bounded so one request cannot scan all time. */
    static final long LONGEST_DAYS = 732;

    public Period {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "report.period.missing");
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= LONGEST_DAYS) {
            throw new InvalidInputException("to", "report.period.invalid");
        }
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public Period previous() {
        return new Period(from.minusDays(days()), from.minusDays(1), zone);
    }

    /** Weeks for a quarter or less, months beyond. */
    public Granularity granularity() {
        return days() <= 92 ? Granularity.WEEK : Granularity.MONTH;
    }
}
