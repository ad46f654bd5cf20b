package app.recoverydesk.incident;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands. The allowed moves are the lifecycle: open → recovering → awaiting approval → resolved →
 * closed, with shortcuts forward, back from approval to recovering, and reopening of resolved or closed cases.
 */
public enum IncidentStatus {
    OPEN, RECOVERING, AWAITING_APPROVAL, RESOLVED, CLOSED, REOPENED;

    public Set<IncidentStatus> next() {
        return switch (this) {
            case OPEN, REOPENED -> EnumSet.of(RECOVERING, AWAITING_APPROVAL, RESOLVED);
            case RECOVERING -> EnumSet.of(AWAITING_APPROVAL, RESOLVED);
            case AWAITING_APPROVAL -> EnumSet.of(RECOVERING, RESOLVED);
            case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
            case CLOSED -> EnumSet.of(REOPENED);
        };
    }

    public boolean canMoveTo(IncidentStatus target) {
        return next().contains(target);
    }
}
