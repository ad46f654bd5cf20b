package app.recoverydesk.promise;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Kind;

/** The case still has open promises: only a manager may close it, and only with a reason. */
public class OpenPromisesException extends BusinessException {

    public OpenPromisesException(int open) {
        super(Kind.CONFLICT, "incident.close.openPromises", open);
    }
}
