package app.recoverydesk.recovery;

import jakarta.ejb.ApplicationException;

/** The request was decided already (possibly a moment ago by another manager); that decision stands. */
@ApplicationException(rollback = true)
public class AlreadyDecidedException extends RuntimeException {

    public AlreadyDecidedException(Long id) {
        super("Recovery " + id + " has already been decided");
    }
}
