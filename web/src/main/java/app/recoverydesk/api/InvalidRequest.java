package app.recoverydesk.api;

import java.util.Map;

/** A request body that broke field constraints: field name → message, for a 400 problem. */
class InvalidRequest extends RuntimeException {

    private final Map<String, String> messagesByField;

    InvalidRequest(Map<String, String> messagesByField) {
        super("invalid request body: " + messagesByField.keySet());
        this.messagesByField = Map.copyOf(messagesByField);
    }

    Map<String, String> messagesByField() {
        return messagesByField;
    }
}
