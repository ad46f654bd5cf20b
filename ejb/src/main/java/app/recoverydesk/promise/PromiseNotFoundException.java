package app.recoverydesk.promise;

import jakarta.ejb.ApplicationException;

/** No such promise in the caller's tenant. */
@ApplicationException(rollback = true)
public class PromiseNotFoundException extends RuntimeException {

    public PromiseNotFoundException(long id) {
        super("No promise " + id);
    }
}
