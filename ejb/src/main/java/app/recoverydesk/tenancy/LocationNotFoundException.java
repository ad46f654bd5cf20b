package app.recoverydesk.tenancy;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Kind;

/** No such record in the caller's business (whether it exists elsewhere is nobody's business). */
public class LocationNotFoundException extends BusinessException {

    public LocationNotFoundException() {
        super(Kind.NOT_FOUND, "problem.notFound");
    }
}
