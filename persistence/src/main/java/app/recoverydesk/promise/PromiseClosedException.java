package app.recoverydesk.promise;

import jakarta.ejb.ApplicationException;

/** The promise was already kept or broken; nothing about it changes any more. */
@ApplicationException(rollback = true)
public class PromiseClosedException extends RuntimeException {

    public PromiseClosedException(Long id, PromiseStatus status) {
        super("Promise " + id + " is " + status);
    }
}
