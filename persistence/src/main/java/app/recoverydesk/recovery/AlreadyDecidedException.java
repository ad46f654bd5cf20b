package app.recoverydesk.recovery;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Kind;

/** The request was decided already (possibly a moment ago by another manager); that decision stands. */
public class AlreadyDecidedException extends BusinessException {

    public AlreadyDecidedException() {
        super(Kind.CONFLICT, "approval.alreadyDecided");
    }
}
