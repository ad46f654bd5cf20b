package app.recoverydesk.web.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as people write them in their language, not as the browser's own date field would: "24.12.2026
 * 18:30" in Norwegian, Polish and Russian, "24. 12. 2026. 18:30" in Croatian, "12/24/2026 6:30 PM" in English, and
 * "2026-12-24 18:30" in any language. Shown back with four-digit years in the language's short form. Pure functions,
 * so that the rules are tested without a page; which time zone the wall-clock time is in is the caller's business.
 *
 * <p>Reading is by numbers, not by the exact punctuation: day, month and year in the language's order (a year of four
 * digits written first means year-month-day), then hours and minutes, with "am"/"pm" where written. A two-digit year
 * is of this century. Words people put between them ("kl.", "u", "o", "г.", the ISO "T") are allowed; anything else
 * is refused rather than guessed at.
 */
public final class DateTimeInput {

    private static final Pattern NUMBER = Pattern.compile("[0-9]+");
    /** What may stand between the numbers besides punctuation and spaces. */
    private static final Pattern FILLER = Pattern.compile("(?U)(?<![\\p{L}])(kl|godz|u|o|t|г|в)(?![\\p{L}])");
    private static final Pattern MERIDIEM = Pattern.compile("(?i)(a\\.?m\\.?|p\\.?m\\.?)\\s*$");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\s\\u00A0\\u202F.,/:\\-]*");

    private DateTimeInput() {
    }

    /** A date and time of day; empty if the text is not one or names no real day ("31.02.2026"). */
    public static Optional<LocalDateTime> dateTime(String text, Locale locale) {
        Read read = read(text, locale);
        if (read == null || read.numbers.size() != 5) {
            return Optional.empty();
        }
        Optional<LocalDate> day = day(read.numbers, locale);
        Optional<LocalTime> time = time(read.numbers.get(3), read.numbers.get(4), read.meridiem);
        return day.flatMap(d -> time.map(d::atTime));
    }

    /** A day; empty if the text is not one. */
    public static Optional<LocalDate> date(String text, Locale locale) {
        Read read = read(text, locale);
        return read == null || read.numbers.size() != 3 || read.meridiem != null ? Optional.empty()
                : day(read.numbers, locale);
    }

    /** The date and time in the language's short form, with the year in full ("24.12.2026 18:30"). */
    public static String format(LocalDateTime value, Locale locale) {
        return DateTimeFormatter.ofPattern(pattern(locale, true), locale).format(value);
    }

    public static String format(LocalDate value, Locale locale) {
        return DateTimeFormatter.ofPattern(pattern(locale, false), locale).format(value);
    }

    /** The language's short pattern with a four-digit year and a plain space before the time. */
    static String pattern(Locale locale, boolean withTime) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT,
                withTime ? FormatStyle.SHORT : null, IsoChronology.INSTANCE, locale);
        return pattern.replaceAll("y+", "yyyy").replace(", ", " ").replaceAll("[\\u00A0\\u202F]", " ");
    }

    private record Read(List<Integer> numbers, String meridiem, boolean yearFirst) {
    }

    private static Read read(String text, Locale locale) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return null;
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        String meridiem = null;
        Matcher m = MERIDIEM.matcher(s);
        if (m.find()) {
            meridiem = m.group(1).startsWith("p") ? "pm" : "am";
            s = s.substring(0, m.start());
        }
        List<Integer> numbers = new ArrayList<>();
        List<String> written = new ArrayList<>();
        Matcher n = NUMBER.matcher(s);
        while (n.find()) {
            if (n.group().length() > 4) {
                return null;
            }
            numbers.add(Integer.parseInt(n.group()));
            written.add(n.group());
        }
        String between = FILLER.matcher(NUMBER.matcher(s).replaceAll(" ")).replaceAll(" ");
        if (numbers.isEmpty() || !PUNCTUATION.matcher(between).matches()) {
            return null;
        }
        boolean yearFirst = written.get(0).length() == 4;
        if (yearFirst && numbers.size() >= 3) {
            // ISO order: bring it into the day, month, year order the rest reads
            int year = numbers.get(0);
            numbers.set(0, numbers.get(2));
            numbers.set(2, year);
            if (monthFirst(locale)) {
                int day = numbers.get(0);
                numbers.set(0, numbers.get(1));
                numbers.set(1, day);
            }
        } else if (numbers.size() >= 3 && written.get(2).length() != 4 && written.get(2).length() != 2) {
            return null;
        }
        return new Read(numbers, meridiem, yearFirst);
    }

    /** The day from the first three numbers, in the language's order. */
    private static Optional<LocalDate> day(List<Integer> numbers, Locale locale) {
        int first = numbers.get(0), second = numbers.get(1), year = numbers.get(2);
        int month = monthFirst(locale) ? first : second;
        int day = monthFirst(locale) ? second : first;
        try {
            return Optional.of(LocalDate.of(year < 100 ? 2000 + year : year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalTime> time(int hour, int minute, String meridiem) {
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + ("pm".equals(meridiem) ? 12 : 0);
        }
        try {
            return Optional.of(LocalTime.of(hour, minute));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean monthFirst(Locale locale) {
        String pattern = pattern(locale, false);
        return pattern.indexOf('M') < pattern.indexOf('d');
    }
}
