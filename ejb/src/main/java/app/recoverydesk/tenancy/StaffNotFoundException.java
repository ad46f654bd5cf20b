package app.recoverydesk.tenancy;

import jakarta.ejb.ApplicationException;

/** No such staff member in the caller's organization. */
@ApplicationException(rollback = true)
public class StaffNotFoundException extends RuntimeException {

    public StaffNotFoundException(String userId) {
        super("No staff member " + userId);
    }
}
