package app.recoverydesk.privacy;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Kind;

/** No such customer in the caller's business, or one whose details were erased. */
public class CustomerNotFoundException extends BusinessException {

    public CustomerNotFoundException() {
        super(Kind.NOT_FOUND, "problem.notFound");
    }
}
