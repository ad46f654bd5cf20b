package app.recoverydesk.incident;

import jakarta.ejb.ApplicationException;

/** Someone saved the incident after this editor opened it; their change is kept, this one refused. */
@ApplicationException(rollback = true)
public class StaleIncidentException extends RuntimeException {

    public StaleIncidentException(long id) {
        super("Incident " + id + " was changed by someone else");
    }
}
