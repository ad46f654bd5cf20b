package app.recoverydesk.incident;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Kind;

/** A status change the lifecycle does not allow, e.g. closed → recovering. Nothing is changed. */
public class IllegalTransitionException extends BusinessException {

    public IllegalTransitionException(IncidentStatus from, IncidentStatus to) {
        super(Kind.CONFLICT, "incident.status.illegal", from, to, from.next().stream().sorted().toList());
    }
}
