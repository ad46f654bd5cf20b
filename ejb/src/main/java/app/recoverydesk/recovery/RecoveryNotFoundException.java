package app.recoverydesk.recovery;

import jakarta.ejb.ApplicationException;

/** No such recovery or option in the caller's tenant. */
@ApplicationException(rollback = true)
public class RecoveryNotFoundException extends RuntimeException {

    public RecoveryNotFoundException(long id) {
        super("No recovery record " + id);
    }
}
