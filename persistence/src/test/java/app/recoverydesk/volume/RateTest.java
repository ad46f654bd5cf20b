package app.recoverydesk.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateTest {

    @Test
    void incidentsPerThousandUnitsIsExactDecimalArithmetic() {
        assertEquals(new BigDecimal("2.5000"), new Rate(3, 1200, 10, 10).perThousand());
        // 7 × 1000 / 3 = 2333.33…: half up at four decimals, no binary fraction on the way
        assertEquals(new BigDecimal("2333.3333"), new Rate(7, 3, 1, 1).perThousand());
        assertEquals(new BigDecimal("0.0010"), new Rate(1, 1_000_000, 1, 1).perThousand());
        assertEquals(new BigDecimal("0.6667"), new Rate(2, 3000, 1, 1).perThousand(), "half up, not cut");
        assertEquals(new BigDecimal("0.67"), new Rate(2, 3000, 1, 1).perThousand(2));
        // 4000 / 2974 = 1.34499…: shown as 1.34, rounded once (not 1.3450 and then 1.35)
        assertEquals(new BigDecimal("1.34"), new Rate(4, 2974, 1, 1).perThousand(2));
        assertEquals(new BigDecimal("0.0000"), new Rate(0, 500, 3, 31).perThousand());
    }

    @Test
    void withoutUnitsThereIsNoRate() {
        assertNull(new Rate(4, 0, 2, 31).perThousand(), "days recorded as closed (0 units) give nothing to divide by");
        assertNull(Rate.none(31).perThousand());
        assertFalse(Rate.none(31).recorded());
        assertTrue(new Rate(0, 0, 1, 31).recorded());
    }

    @Test
    void spansAddUp() {
        Rate sum = new Rate(2, 1000, 27, 31).plus(new Rate(1, 500, 31, 31));
        assertEquals(new Rate(3, 1500, 58, 62), sum);
        assertEquals(new BigDecimal("2.0000"), sum.perThousand());
    }

    @Test
    void nothingNegativeAndNoMoreRecordedDaysThanDays() {
        assertThrows(IllegalArgumentException.class, () -> new Rate(-1, 10, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Rate(1, 10, 2, 1));
    }

    @Test
    void theDropOfARateIsInWholePercentCutTowardsZero() {
        assertEquals(50, Rate.dropPercent(new BigDecimal("5.0000"), new BigDecimal("2.5000")));
        assertEquals(33, Rate.dropPercent(new BigDecimal("3"), new BigDecimal("2")));
        assertEquals(-60, Rate.dropPercent(new BigDecimal("5"), new BigDecimal("8")), "a rise is a negative drop");
        assertEquals(0, Rate.dropPercent(BigDecimal.ZERO, new BigDecimal("8")), "nothing before: no drop to measure");
        assertEquals(29, Rate.dropPercent(new BigDecimal("1000"), new BigDecimal("701")));
    }
}
