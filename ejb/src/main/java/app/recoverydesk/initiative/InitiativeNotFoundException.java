package app.recoverydesk.initiative;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Kind;

/** No such record in the caller's business (whether it exists elsewhere is nobody's business). */
public class InitiativeNotFoundException extends BusinessException {

    public InitiativeNotFoundException() {
        super(Kind.NOT_FOUND, "problem.notFound");
    }
}
