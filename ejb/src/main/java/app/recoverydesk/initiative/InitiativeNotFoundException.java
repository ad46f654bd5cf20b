package app.recoverydesk.initiative;

import jakarta.ejb.ApplicationException;

/** No such initiative (or item) in the caller's tenant. */
@ApplicationException(rollback = true)
public class InitiativeNotFoundException extends RuntimeException {

    public InitiativeNotFoundException(long id) {
        super("No initiative record " + id);
    }
}
