package app.recoverydesk.web.input;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as people write them: "380,00" and "1 760,50" in Norwegian, Polish, Croatian and Russian, "1.760,50" in
 * Croatian, "1,760.50" in English, and "380.00" in any language. Pure functions, so that the rules are tested
 * without a page.
 *
 * <p>Which mark is the decimal one: with both a comma and a dot, the later; with one mark written several times, it
 * groups thousands; with one mark written once, it groups thousands only where it is the language's own grouping
 * mark followed by exactly three digits ("1.760" is 1760 in Croatian, 1.76 in Norwegian). Any space (also the
 * no-break and narrow no-break spaces that copying from a page or a spreadsheet brings) groups thousands. Groups must
 * be three digits, so "12,3,4" is refused rather than guessed at.
 */
public final class NumberInput {

    /** The service's own bounds for an amount: at most 9 digits before the decimal mark and 3 after. */
    static final int MAX_INTEGER_DIGITS = 9;
    static final int MAX_FRACTION_DIGITS = 3;

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007\\u2009]+");
    private static final Pattern WRITTEN = Pattern.compile("[0-9][0-9 .,]*");

    private NumberInput() {
    }

    /** A non-negative decimal with the scale the user wrote ("380,00" is 380.00); empty if it is not one. */
    public static Optional<BigDecimal> decimal(String text, Locale locale) {
        String s = SPACES.matcher(text.strip()).replaceAll(" ");
        if (!WRITTEN.matcher(s).matches()) {
            return Optional.empty();
        }
        int decimalAt = decimalMark(s, DecimalFormatSymbols.getInstance(locale).getGroupingSeparator());
        String whole = decimalAt < 0 ? s : s.substring(0, decimalAt);
        String fraction = decimalAt < 0 ? "" : s.substring(decimalAt + 1);
        if (decimalAt >= 0 && !fraction.matches("[0-9]{1," + MAX_FRACTION_DIGITS + "}")) {
            return Optional.empty();
        }
        String[] groups = whole.split("[ .,]", -1);
        for (int i = 0; i < groups.length; i++) {
            boolean fits = i == 0 ? groups[i].matches("[0-9]{1,3}") || groups.length == 1 : groups[i].matches("[0-9]{3}");
            if (!fits || !groups[i].matches("[0-9]+")) {
                return Optional.empty();
            }
        }
        BigDecimal value = new BigDecimal(String.join("", groups) + (fraction.isEmpty() ? "" : "." + fraction));
        return value.precision() - value.scale() > MAX_INTEGER_DIGITS ? Optional.empty() : Optional.of(value);
    }

    /** A non-negative whole number as people write it ("1 500"); empty if it is none or has a fraction. */
    public static Optional<Long> whole(String text, Locale locale) {
        return decimal(text, locale).filter(v -> v.scale() <= 0).map(BigDecimal::longValueExact);
    }

    /** The number in the language's own way, with the decimals it has ("380,00", "1 760,50"). */
    public static String format(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    /** The position of the decimal mark, or -1 for a whole number. */
    private static int decimalMark(String s, char languageGrouping) {
        int comma = s.lastIndexOf(','), dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            return Math.max(comma, dot);
        }
        int at = Math.max(comma, dot);
        if (at < 0) {
            return -1;
        }
        char mark = s.charAt(at);
        boolean once = s.indexOf(mark) == at;
        boolean looksGrouped = mark == languageGrouping && s.length() - at - 1 == 3;
        return once && !looksGrouped ? at : -1;
    }
}
