package app.recoverydesk.tenancy;

import jakarta.ejb.ApplicationException;

/** No such tenant. */
@ApplicationException(rollback = true)
public class TenantNotFoundException extends RuntimeException {

    public TenantNotFoundException(long id) {
        super("No tenant " + id);
    }
}
