package app.recoverydesk.api;

import app.recoverydesk.failure.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Query parameters parsed with a 400 naming the parameter, instead of a generic conversion error. */
final class Params {

    private Params() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "param.enum");
        }
    }

    /** A whole number, or {@code fallback} when the parameter is absent or blank; 400 naming it otherwise. */
    static long number(String name, String value, long fallback) {
        Long n = number(name, value);
        return n == null ? fallback : n;
    }

    /** A whole number that fits 64 bits, or null when absent or blank; 400 naming the parameter otherwise. */
    static Long number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "param.number");
        }
    }

    /** A whole number within {@code min..max}, or {@code fallback} when absent; 400 with {@code boundsKey} outside. */
    static int bounded(String name, String value, int fallback, int min, int max, String boundsKey) {
        long n = number(name, value, fallback);
        if (n < min || n > max) {
            throw new InvalidInputException(name, boundsKey);
        }
        return (int) n;
    }

    /** Every value of a repeated parameter as a whole number (blank ones left out); 400 naming it otherwise. */
    static Set<Long> numbers(String name, List<String> values) {
        Set<Long> numbers = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                Long n = number(name, value);
                if (n != null) {
                    numbers.add(n);
                }
            }
        }
        return numbers;
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "param.date");
        }
    }
}
