package app.recoverydesk.incident;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Kind;

/** No such record in the caller's business (whether it exists elsewhere is nobody's business). */
public class IncidentNotFoundException extends BusinessException {

    public IncidentNotFoundException() {
        super(Kind.NOT_FOUND, "problem.notFound");
    }
}
