package app.recoverydesk.initiative;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Kind;
import app.recoverydesk.failure.Message;
import java.util.List;

/** A step the order "fix first, then announce" does not allow yet, with what is still missing. */
public class GateException extends BusinessException {

    private final List<Message> missing;

    public GateException(List<Message> missing) {
        super(Kind.CONFLICT, "initiative.gate", List.copyOf(missing));
        this.missing = List.copyOf(missing);
    }

    public List<Message> missing() {
        return missing;
    }
}
