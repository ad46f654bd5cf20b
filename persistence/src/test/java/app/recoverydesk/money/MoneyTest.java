package app.recoverydesk.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final Currency NOK = Currency.getInstance("NOK");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency PLN = Currency.getInstance("PLN");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency ISK = Currency.getInstance("ISK");
    private static final Currency KWD = Currency.getInstance("KWD");

    @Test
    void aBusinessKeepsItsMoneyInRealCurrenciesOnly() {
        assertEquals(java.util.Optional.of(NOK), Money.currencyOf(" nok "));
        assertEquals(java.util.Optional.of(JPY), Money.currencyOf("JPY"));
        for (String noMoney : new String[] {"XAU", "XTS", "XXX", "ABC", "", "  ", "NOKK"}) {
            assertTrue(Money.currencyOf(noMoney).isEmpty(), noMoney);
        }
        assertTrue(Money.currencyOf(null).isEmpty());
    }

    @Test
    void amountsInTwoDigitCurrenciesAreCountedInØreCentAndGrosz() {
        assertEquals(4000, Money.parse("40", NOK).minorUnits());
        assertEquals(4050, Money.parse("40.5", NOK).minorUnits());
        assertEquals(4050, Money.parse("40.50", EUR).minorUnits());
        assertEquals(38000, Money.parse(" 380.00 ", PLN).minorUnits(), "surrounding spaces are ignored");
        assertEquals(176050, Money.parse("1760.50", NOK).minorUnits());
        assertEquals(1, Money.parse("0.01", EUR).minorUnits());
        assertEquals(PLN, Money.parse("1", PLN).currency());
    }

    @Test
    void currenciesWithoutMinorUnitsCountWholeYenAndKrónur() {
        assertEquals(380, Money.parse("380", JPY).minorUnits());
        assertEquals(1760, Money.parse("1760", ISK).minorUnits());
        assertEquals(1760, Money.parse("1760.00", ISK).minorUnits(), "zeros after the point add nothing");
        assertThrows(ArithmeticException.class, () -> Money.parse("380.5", JPY));
        assertThrows(ArithmeticException.class, () -> Money.parse("0.1", ISK));
    }

    @Test
    void aThreeDigitCurrencyKeepsItsFils() {
        assertEquals(1234, Money.parse("1.234", KWD).minorUnits());
        assertEquals("1.234 KWD", Money.parse("1.234", KWD).toString());
    }

    /** An amount is never silently rounded, neither up nor down, nor half-way: it is refused. */
    @ParameterizedTest
    @ValueSource(strings = {"40.005", "40.001", "40.009", "40.995", "0.001", "0.5000001"})
    void moreFractionDigitsThanTheCurrencyHasIsRefusedNotRounded(String amount) {
        assertThrows(ArithmeticException.class, () -> Money.parse(amount, NOK));
    }

    @Test
    void zerosPastTheCurrencysDigitsAreTheSameAmount() {
        // the API lets three decimals through for every currency; 40.500 kroner are 40.50 kroner
        assertEquals(Money.parse("40.50", NOK), Money.parse("40.500", NOK));
    }

    @Test
    void zeroIsAnAmountANegativeOneIsNot() {
        assertEquals(0, Money.parse("0", NOK).minorUnits());
        assertEquals(0, Money.parse("0.00", NOK).minorUnits());
        assertEquals(0, Money.parse("-0", NOK).minorUnits(), "minus zero is zero, not a negative amount");
        assertThrows(NumberFormatException.class, () -> Money.parse("-0.01", NOK));
        assertThrows(NumberFormatException.class, () -> Money.parse("-40", JPY));
    }

    /** How people write amounts ("380,00", "1 760,50") is the pages' to read; here only the plain decimal is. */
    @ParameterizedTest
    @ValueSource(strings = {"380,00", "1 760,50", "1.760,50", "1,760.50", "", " ", "40 kr", "abc", "40.50.00",
        "1e3", "4E1", "+40", ".5", "40.", "0x10", "٤٠"})
    void onlyPlainDecimalsAreAmounts(String written) {
        assertThrows(NumberFormatException.class, () -> Money.parse(written, NOK));
    }

    @Test
    void amountsPastSixtyFourBitsAreRefusedNotWrappedAround() {
        assertEquals(Long.MAX_VALUE, Money.parse("92233720368547758.07", NOK).minorUnits());
        assertThrows(ArithmeticException.class, () -> Money.parse("92233720368547758.08", NOK));
        assertEquals(Long.MAX_VALUE, Money.parse("9223372036854775807", JPY).minorUnits());
        assertThrows(ArithmeticException.class, () -> Money.parse("9223372036854775808", JPY));
        assertThrows(ArithmeticException.class, () -> Money.parse("123456789012345678901234567890", EUR));
    }

    @Test
    void anAmountIsWrittenWithItsCurrencysDigitsAndCode() {
        assertEquals("40.00 EUR", Money.parse("40", EUR).toString());
        assertEquals("0.05 NOK", Money.ofMinor(5, NOK).toString());
        assertEquals("1760.50 PLN", Money.ofMinor(176050, PLN).toString());
        assertEquals("380 JPY", Money.ofMinor(380, JPY).toString());
        assertEquals(new BigDecimal("380.00"), Money.ofMinor(38000, NOK).decimal());
        assertEquals(2, Money.ofMinor(38000, NOK).decimal().scale());
    }

    @Test
    void amountsAddUpAndSubtractExactly() {
        assertEquals(Money.parse("0.30", EUR), Money.parse("0.10", EUR).plus(Money.parse("0.20", EUR)));
        assertEquals(Money.parse("0.10", EUR), Money.parse("0.30", EUR).minus(Money.parse("0.20", EUR)));
        assertThrows(ArithmeticException.class, () -> Money.ofMinor(Long.MAX_VALUE, NOK).plus(Money.ofMinor(1, NOK)));
        assertThrows(ArithmeticException.class, () -> Money.ofMinor(Long.MIN_VALUE, NOK).minus(Money.ofMinor(1, NOK)));
    }

    @Test
    void kronerAndEuroAreNeverCombinedOrCompared() {
        Money kroner = Money.parse("40", NOK);
        Money euro = Money.parse("40", EUR);
        assertThrows(IllegalArgumentException.class, () -> kroner.plus(euro));
        assertThrows(IllegalArgumentException.class, () -> kroner.minus(euro));
        assertThrows(IllegalArgumentException.class, () -> kroner.compareTo(euro));
        assertEquals(-1, Money.parse("39.99", NOK).compareTo(kroner));
        assertThrows(NullPointerException.class, () -> Money.ofMinor(1, null));
    }
}
