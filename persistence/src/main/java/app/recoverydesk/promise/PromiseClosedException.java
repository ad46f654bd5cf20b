package app.recoverydesk.promise;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Kind;

/** The promise was already kept or broken; nothing about it changes any more. */
public class PromiseClosedException extends BusinessException {

    public PromiseClosedException() {
        super(Kind.CONFLICT, "promise.closed");
    }
}
