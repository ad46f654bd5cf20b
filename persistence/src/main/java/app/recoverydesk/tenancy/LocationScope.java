package app.recoverydesk.tenancy;

/**
 * The location part of what a caller may see: a Hibernate filter on {@link Location} and the incident entity,
 * switched on for the transactions of callers limited to their locations (by {@code LocationScopeInterceptor},
 * around every service), so that no query has to remember it. Unrestricted callers run without it: a condition
 * that is always true would still cost MySQL its index on every incident query.
 */
public final class LocationScope {

    public static final String FILTER = "locationScope";
    public static final String PARAMETER = "locations";

    private LocationScope() {
    }
}
