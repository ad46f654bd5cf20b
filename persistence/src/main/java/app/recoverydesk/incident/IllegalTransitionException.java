package app.recoverydesk.incident;

import jakarta.ejb.ApplicationException;

/** A status change the lifecycle does not allow, e.g. closed → recovering. Nothing is changed. */
@ApplicationException(rollback = true)
public class IllegalTransitionException extends RuntimeException {

    private final IncidentStatus from;
    private final IncidentStatus to;

    public IllegalTransitionException(IncidentStatus from, IncidentStatus to) {
        super("An incident cannot move from " + from + " to " + to + "; allowed: " + from.next());
        this.from = from;
        this.to = to;
    }

    public IncidentStatus from() {
        return from;
    }

    public IncidentStatus to() {
        return to;
    }
}
