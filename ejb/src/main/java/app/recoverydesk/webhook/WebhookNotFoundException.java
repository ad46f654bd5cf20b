package app.recoverydesk.webhook;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Kind;

/** No such webhook endpoint in the caller's business (whether it exists elsewhere is nobody's business). */
public class WebhookNotFoundException extends BusinessException {

    public WebhookNotFoundException() {
        super(Kind.NOT_FOUND, "problem.notFound");
    }
}
