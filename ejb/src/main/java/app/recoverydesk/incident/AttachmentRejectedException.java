package app.recoverydesk.incident;

import jakarta.ejb.ApplicationException;

/** A file the product does not keep: too large, not an image or PDF, or cut off before its end. */
@ApplicationException(rollback = true)
public class AttachmentRejectedException extends RuntimeException {

    public enum Reason { TOO_LARGE, UNSUPPORTED_TYPE, CUT_OFF }

    private final Reason reason;

    public AttachmentRejectedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
