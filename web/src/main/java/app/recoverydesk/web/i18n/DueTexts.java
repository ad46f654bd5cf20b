package app.recoverydesk.web.i18n;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

/** How long until a due time, or how long past it, as a manager reads it: "due in 1 h 20 min", "overdue by 15 min". */
public final class DueTexts {

    /** Where a request stands against its target time; the badge shows it in colour and in words. */
    public enum State { OK, SOON, OVERDUE }

    private DueTexts() {
    }

    /** Due soon in the last quarter of the time it was given ({@code since} to {@code due}), whatever the target. */
    public static State state(Instant since, Instant due, Instant now) {
        if (due.isBefore(now)) {
            return State.OVERDUE;
        }
        Duration given = Duration.between(since, due);
        return Duration.between(now, due).multipliedBy(4).compareTo(given) <= 0 ? State.SOON : State.OK;
    }

    public static String countdown(Instant due, Instant now, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        boolean overdue = due.isBefore(now);
        Duration left = overdue ? Duration.between(due, now) : Duration.between(now, due);
        return new MessageFormat(bundle.getString(overdue ? "due.overdueBy" : "due.in"), locale)
                .format(new Object[] {length(left, bundle, locale)});
    }

    /** Whole minutes, rounded up while time is left so that "0 min" never shows before the due time. */
    static String length(Duration d, ResourceBundle bundle, Locale locale) {
        long minutes = Math.max(1, (d.getSeconds() + 59) / 60);
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        String key = days > 0 ? "due.length.dh" : hours > 0 ? "due.length.hm" : "due.length.m";
        Object[] args = days > 0 ? new Object[] {days, hours} : hours > 0 ? new Object[] {hours, mins} : new Object[] {mins};
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
