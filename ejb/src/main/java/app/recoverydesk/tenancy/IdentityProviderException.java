package app.recoverydesk.tenancy;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Kind;

/**
 * The identity provider refused or failed a change: a duplicate username or business name is a conflict the
 * user can correct; anything else means the sign-in service is not answering as it should. Nothing half-made is
 * kept. The provider's own answer goes to the log (as the cause), never to the user.
 */
public class IdentityProviderException extends BusinessException {

    private final String detail;

    public IdentityProviderException(String detail, int status) {
        super(status == 409 ? Kind.CONFLICT : Kind.UNAVAILABLE, status == 409 ? "idp.taken" : "idp.failed");
        this.detail = detail;
    }

    /** What the provider answered, for the log. */
    public String detail() {
        return detail;
    }
}
