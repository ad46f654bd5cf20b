package app.recoverydesk.recovery;

import java.util.Locale;

/** Which requests of the queue a manager looks at: all of them, those assigned to them, or those nobody took. */
public enum AssigneeFilter {
    ALL, MINE, NOBODY;

    public boolean admits(Recovery request, String me) {
        return switch (this) {
            case ALL -> true;
            case MINE -> request.getAssignee() != null && request.getAssignee().equalsIgnoreCase(me);
            case NOBODY -> request.getAssignee() == null;
        };
    }

    /** As a link or query names it ("me", "nobody"); anything else is all. */
    public static AssigneeFilter named(String name) {
        if (name == null) {
            return ALL;
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "me", "mine" -> MINE;
            case "nobody", "none", "unassigned" -> NOBODY;
            default -> ALL;
        };
    }

    /** The name {@link #named} reads. */
    public String linkName() {
        return switch (this) {
            case ALL -> "all";
            case MINE -> "me";
            case NOBODY -> "nobody";
        };
    }
}
