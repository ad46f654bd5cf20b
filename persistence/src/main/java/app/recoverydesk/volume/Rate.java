package app.recoverydesk.volume;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Incidents per 1,000 units over the location-days that have a recorded volume: only incidents of those days count,
 * so a day without a figure neither adds incidents nor dilutes the rate. {@code days} is how many location-days
 * the span has, {@code daysRecorded} how many of them have a figure ("volume recorded for 27 of 31 days").
 */
public record Rate(long incidents, long units, long daysRecorded, long days) implements Serializable {

    /** The scale rates are kept at; pages show two decimals. */
    public static final int SCALE = 4;

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    public Rate {
        if (incidents < 0 || units < 0 || daysRecorded < 0 || days < daysRecorded) {
            throw new IllegalArgumentException("a rate counts nothing negative and no more recorded days than days");
        }
    }

    /** Whether any day of the span has a figure: only then is there a rate to read. */
    public boolean recorded() {
        return daysRecorded > 0;
    }

    /** incidents × 1000 / units, half up at {@link #SCALE}; null without units to divide by. */
    public BigDecimal perThousand() {
        return perThousand(SCALE);
    }

    /** The same at {@code scale} decimals for showing, rounded once from the exact quotient. */
    public BigDecimal perThousand(int scale) {
        return units == 0 ? null : BigDecimal.valueOf(incidents).multiply(THOUSAND)
                .divide(BigDecimal.valueOf(units), scale, RoundingMode.HALF_UP);
    }

    /** Adds another span (another location, another part of the period). */
    public Rate plus(Rate other) {
        return new Rate(incidents + other.incidents, units + other.units, daysRecorded + other.daysRecorded,
                days + other.days);
    }

    public static Rate none(long days) {
        return new Rate(0, 0, 0, days);
    }

    /**
     * By how many whole per cent {@code after} is below {@code before} (negative when it rose), cut towards zero as
     * the gate's count comparison is; 0 when there was nothing before.
     */
    public static int dropPercent(BigDecimal before, BigDecimal after) {
        if (before == null || after == null || before.signum() == 0) {
            return 0;
        }
        BigInteger drop = before.subtract(after).multiply(BigDecimal.valueOf(100))
                .divide(before, 0, RoundingMode.DOWN).toBigInteger();
        return drop.intValueExact();
    }
}
