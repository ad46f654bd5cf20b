package app.recoverydesk.incident;

import jakarta.ejb.ApplicationException;

/** No such incident in the caller's tenant (whether it exists elsewhere is nobody's business). */
@ApplicationException(rollback = true)
public class IncidentNotFoundException extends RuntimeException {

    public IncidentNotFoundException(long id) {
        super("No incident " + id);
    }
}
