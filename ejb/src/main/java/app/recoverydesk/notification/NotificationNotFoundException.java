package app.recoverydesk.notification;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Kind;

/** No such notice for the caller: someone else's, another tenant's, or none at all look the same. */
public class NotificationNotFoundException extends BusinessException {

    public NotificationNotFoundException() {
        super(Kind.NOT_FOUND, "problem.notFound");
    }
}
