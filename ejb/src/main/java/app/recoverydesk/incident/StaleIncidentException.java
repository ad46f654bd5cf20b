package app.recoverydesk.incident;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Kind;

/** Someone saved the incident after this editor opened it; their change is kept, this one refused. */
public class StaleIncidentException extends BusinessException {

    public StaleIncidentException() {
        super(Kind.CONFLICT, "incident.edit.stale");
    }
}
