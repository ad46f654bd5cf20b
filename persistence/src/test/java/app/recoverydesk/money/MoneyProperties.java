package app.recoverydesk.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Positive;

/** Money read and written back, in currencies with 0, 2 and 3 minor digits, over the whole range of amounts. */
class MoneyProperties {

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of("NOK", "EUR", "PLN", "SEK", "JPY", "ISK", "KWD").map(Currency::getInstance);
    }

    @Property
    void whatIsWrittenReadsBackAsTheSameAmount(@ForAll @LongRange(min = 0) long minor,
                                               @ForAll("currencies") Currency currency) {
        Money money = Money.ofMinor(minor, currency);
        assertEquals(money, Money.parse(money.decimal().toPlainString(), currency));
        String written = money.toString();
        assertEquals(money, Money.parse(written.substring(0, written.indexOf(' ')), currency));
    }

    @Property
    void readingAndWritingKeepsTheTextOfAnExactAmount(@ForAll @LongRange(min = 0) long minor,
                                                      @ForAll("currencies") Currency currency) {
        String text = BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()).toPlainString();
        assertEquals(text + " " + currency.getCurrencyCode(), Money.parse(text, currency).toString());
    }

    @Property
    void aDigitPastTheCurrencysOwnIsRefusedNotRounded(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long minor,
                                                     @ForAll @IntRange(min = 1, max = 9) int extra,
                                                     @ForAll("currencies") Currency currency) {
        String exact = BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()).toPlainString();
        String tooPrecise = (exact.contains(".") ? exact : exact + ".") + extra;
        assertThrows(ArithmeticException.class, () -> Money.parse(tooPrecise, currency));
    }

    @Property
    void trailingZerosChangeNothing(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long minor,
                                    @ForAll @IntRange(min = 1, max = 5) int zeros,
                                    @ForAll("currencies") Currency currency) {
        String exact = BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()).toPlainString();
        String padded = (exact.contains(".") ? exact : exact + ".") + "0".repeat(zeros);
        assertEquals(Money.ofMinor(minor, currency), Money.parse(padded, currency));
    }

    @Property
    void noNegativeAmountIsRead(@ForAll @Positive long minor, @ForAll("currencies") Currency currency) {
        String negative = "-" + Money.ofMinor(minor, currency).decimal().toPlainString();
        assertThrows(NumberFormatException.class, () -> Money.parse(negative, currency));
    }

    @Property
    void addingThenSubtractingGivesTheAmountBack(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long a,
                                                 @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long b,
                                                 @ForAll("currencies") Currency currency) {
        Money x = Money.ofMinor(a, currency), y = Money.ofMinor(b, currency);
        assertEquals(x, x.plus(y).minus(y));
        assertEquals(x.plus(y), y.plus(x));
        assertEquals(x.decimal().add(y.decimal()), x.plus(y).decimal());
    }

    @Property
    void amountsCompareAsTheirDecimals(@ForAll @LongRange(min = 0) long a, @ForAll @LongRange(min = 0) long b,
                                       @ForAll("currencies") Currency currency) {
        Money x = Money.ofMinor(a, currency), y = Money.ofMinor(b, currency);
        assertEquals(Integer.signum(x.decimal().compareTo(y.decimal())), Integer.signum(x.compareTo(y)));
    }
}
