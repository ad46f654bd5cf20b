package app.recoverydesk.tenancy;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Kind;

/** An admin tried to deactivate their own account: another admin has to do that. */
public class SelfDeactivationException extends BusinessException {

    public SelfDeactivationException() {
        super(Kind.CONFLICT, "staff.deactivate.self");
    }
}
