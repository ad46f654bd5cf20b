package app.recoverydesk.tenancy;

import jakarta.ejb.ApplicationException;

/** The identity provider refused or failed a change (a duplicate username, say); nothing half-made is kept. */
@ApplicationException(rollback = true)
public class IdentityProviderException extends RuntimeException {

    private final int status;

    public IdentityProviderException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The identity provider's HTTP status, 409 for a duplicate. */
    public int status() {
        return status;
    }
}
