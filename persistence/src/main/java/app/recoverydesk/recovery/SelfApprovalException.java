package app.recoverydesk.recovery;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Kind;

/** A manager tried to decide their own exception request. */
public class SelfApprovalException extends BusinessException {

    public SelfApprovalException() {
        super(Kind.FORBIDDEN, "approval.self");
    }
}
