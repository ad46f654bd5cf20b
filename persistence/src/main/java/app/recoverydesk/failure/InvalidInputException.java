package app.recoverydesk.failure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that cannot be accepted (an unknown location, a text too long), field by field, so that the page and
 * the API can both name each field in the user's language.
 */
public class InvalidInputException extends BusinessException {

    private final Map<String, Message> fields;

    public InvalidInputException(String field, String key, Object... args) {
        this(Map.of(field, Message.of(key, args)));
    }

    public InvalidInputException(Map<String, Message> fields) {
        super(Kind.INVALID, "problem.invalid");
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field");
        }
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Field name → what is wrong with it. */
    public Map<String, Message> fields() {
        return fields;
    }

    /** Collects every invalid field of a request before any work, so that a refusal is all or nothing. */
    public static final class Collector {

        private final Map<String, Message> fields = new LinkedHashMap<>();

        public Collector add(String field, String key, Object... args) {
            fields.putIfAbsent(field, Message.of(key, args));
            return this;
        }

        public boolean has(String field) {
            return fields.containsKey(field);
        }

        /** Throws when any field was invalid; otherwise the caller goes on. */
        public void throwIfAny() {
            if (!fields.isEmpty()) {
                throw new InvalidInputException(fields);
            }
        }
    }
}
