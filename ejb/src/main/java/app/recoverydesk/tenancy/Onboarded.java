package app.recoverydesk.tenancy;

import java.io.Serializable;

/** A new account and the one-time password to hand to its owner (shown once, never stored). */
public record Onboarded(String username, String temporaryPassword) implements Serializable {
}
