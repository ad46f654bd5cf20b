package app.recoverydesk.tenancy;

import java.security.SecureRandom;

/** One-time passwords for new accounts; the identity provider makes the user choose their own at first sign-in. */
final class TemporaryPasswords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static String next() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
