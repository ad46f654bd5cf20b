package app.recoverydesk.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount in a currency, counted in the currency's minor units (øre, grosz, cent). Never a float: amounts
 * are read from and written as decimal strings with the currency's number of fraction digits.
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    /** Plain decimals only: BigDecimal would also read "1e3", "+40" or ".5", which no one means as an amount. */
    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    /** Reads "40", "40.5" or "40.50"; more fraction digits than the currency has is an error. */
    public static Money parse(String decimal, Currency currency) {
        String plain = decimal.strip();
        if (!PLAIN.matcher(plain).matches()) {
            throw new NumberFormatException("not a plain decimal: " + plain);
        }
        BigDecimal value = new BigDecimal(plain);
        if (value.signum() < 0) {
            throw new NumberFormatException("negative amount");
        }
        return new Money(value.movePointRight(currency.getDefaultFractionDigits()).longValueExact(), currency);
    }

    /**
     * The ISO 4217 currency a business may keep its money in: any case, spaces around ignored. Codes that are no
     * money — gold (XAU), the test code (XTS), "no currency" (XXX) — have no minor units, and amounts in them could
     * be neither read nor written; they are refused like unknown codes.
     */
    public static Optional<Currency> currencyOf(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            Currency currency = Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
            return currency.getDefaultFractionDigits() < 0 ? Optional.empty() : Optional.of(currency);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(minorUnits, currency);
    }

    public BigDecimal decimal() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    /** "40.00 EUR". */
    @Override
    public String toString() {
        return decimal().toPlainString() + " " + currency.getCurrencyCode();
    }
}
