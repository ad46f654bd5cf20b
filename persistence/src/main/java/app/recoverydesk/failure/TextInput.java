package app.recoverydesk.failure;

/**
 * Free text as people type it, checked against its column before any work: stripped, and refused with the field
 * named when it is missing where required or longer than the column holds.
 */
public final class TextInput {

    private TextInput() {
    }

    /** The stripped text, or null when blank; refused when longer than {@code max} characters. */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > max) {
            throw new InvalidInputException(field, "text.tooLong", max);
        }
        return text;
    }

    /** The stripped text; refused with {@code requiredKey} when blank, or when longer than {@code max}. */
    public static String required(String field, String value, int max, String requiredKey) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new InvalidInputException(field, requiredKey);
        }
        return text;
    }
}
