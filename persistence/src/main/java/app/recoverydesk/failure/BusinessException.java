package app.recoverydesk.failure;

import jakarta.ejb.ApplicationException;

/**
 * The one failure vocabulary: a step that cannot be taken, with its kind and a message in no language yet.
 * Rolls the transaction back, so a refused step leaves nothing behind; the API renders it as problem+json, the
 * pages as a message on the page the user was on.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessException extends RuntimeException {

    private final Kind kind;
    private final Message message;

    public BusinessException(Kind kind, String key, Object... args) {
        this(kind, Message.of(key, args));
    }

    public BusinessException(Kind kind, Message message) {
        super(kind + ": " + message);
        this.kind = kind;
        this.message = message;
    }

    public Kind kind() {
        return kind;
    }

    public Message message() {
        return message;
    }
}
