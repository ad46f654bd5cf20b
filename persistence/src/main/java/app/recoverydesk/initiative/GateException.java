package app.recoverydesk.initiative;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A step the order "fix first, then announce" does not allow yet, with what is still missing. */
@ApplicationException(rollback = true)
public class GateException extends RuntimeException {

    private final List<String> missing;

    public GateException(List<String> missing) {
        super("Not yet: " + missing);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
