package app.recoverydesk.validation;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * Input that passed the field constraints but cannot be accepted (an unknown location, say). Carries
 * field → message key, so that the page and the API can both name the field in the user's language.
 * Rolls the transaction back: a refused step leaves nothing behind.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> messageKeysByField;

    public InvalidInputException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.messageKeysByField = Map.of(field, messageKey);
    }

    public Map<String, String> messageKeysByField() {
        return messageKeysByField;
    }
}
