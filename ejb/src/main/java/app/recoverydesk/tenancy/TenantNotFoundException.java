package app.recoverydesk.tenancy;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Kind;

/** No such record in the caller's business (whether it exists elsewhere is nobody's business). */
public class TenantNotFoundException extends BusinessException {

    public TenantNotFoundException() {
        super(Kind.NOT_FOUND, "problem.notFound");
    }
}
