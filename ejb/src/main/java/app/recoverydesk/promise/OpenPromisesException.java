package app.recoverydesk.promise;

import jakarta.ejb.ApplicationException;

/** The case still has open promises: only a manager may close it, and only with a reason. */
@ApplicationException(rollback = true)
public class OpenPromisesException extends RuntimeException {

    private final int open;

    public OpenPromisesException(int open) {
        super(open + " open promise(s)");
        this.open = open;
    }

    public int open() {
        return open;
    }
}
