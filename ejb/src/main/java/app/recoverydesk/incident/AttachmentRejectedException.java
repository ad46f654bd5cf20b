package app.recoverydesk.incident;

import jakarta.ejb.ApplicationException;

/** A file the product does not keep: too large, or not an image or PDF. */
@ApplicationException(rollback = true)
public class AttachmentRejectedException extends RuntimeException {

    public enum Reason { TOO_LARGE, UNSUPPORTED_TYPE }

    private final Reason reason;

    public AttachmentRejectedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
