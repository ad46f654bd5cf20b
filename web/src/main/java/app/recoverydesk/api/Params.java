package app.recoverydesk.api;

import app.recoverydesk.failure.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
