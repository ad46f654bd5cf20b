package app.recoverydesk.incident;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Kind;

/** A file the product does not keep: too large, not an image or PDF, or cut off before its end. */
public class AttachmentRejectedException extends BusinessException {

    public enum Reason {
        TOO_LARGE(Kind.TOO_LARGE, "attachment.tooLarge"),
        UNSUPPORTED_TYPE(Kind.UNSUPPORTED_TYPE, "attachment.unsupported"),
        CUT_OFF(Kind.INVALID, "attachment.cutOff");

        private final Kind kind;
        private final String key;

        Reason(Kind kind, String key) {
            this.kind = kind;
            this.key = key;
        }
    }

    private final Reason reason;

    public AttachmentRejectedException(Reason reason) {
        super(reason.kind, reason.key);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
