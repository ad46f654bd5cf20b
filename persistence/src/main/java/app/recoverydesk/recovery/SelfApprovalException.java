package app.recoverydesk.recovery;

import jakarta.ejb.ApplicationException;

/** A manager tried to decide their own exception request. */
@ApplicationException(rollback = true)
public class SelfApprovalException extends RuntimeException {

    public SelfApprovalException() {
        super("A manager cannot decide their own request");
    }
}
