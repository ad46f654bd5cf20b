package app.recoverydesk.job;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Kind;

/** No background job of that name. */
public class JobNotFoundException extends BusinessException {

    public JobNotFoundException() {
        super(Kind.NOT_FOUND, "problem.notFound");
    }
}
