package app.recoverydesk.mail;

import java.util.Optional;
import java.util.regex.Pattern;

/** Whether a customer's contact is an e-mail address one can write to (rather than a phone number or a name). */
public final class EmailAddress {

    private static final Pattern ADDRESS = Pattern.compile(
            "[^@\\s<>()\\[\\],;:\"]+@[^@\\s<>()\\[\\],;:\".]+(\\.[^@\\s<>()\\[\\],;:\".]+)+");
    private static final int MAX_LENGTH = 254;

    private EmailAddress() {
    }

    /** The address, stripped, where the contact is one; empty for anything else. */
    public static Optional<String> of(String contact) {
        if (contact == null) {
            return Optional.empty();
        }
        String c = contact.strip();
        return c.length() <= MAX_LENGTH && ADDRESS.matcher(c).matches() ? Optional.of(c) : Optional.empty();
    }
}
