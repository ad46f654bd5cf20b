package app.recoverydesk.tenancy;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The location part of what a caller may see, applied by Hibernate to every query of incidents and locations
 * (the {@value #FILTER} filter on {@link Location} and the incident entity), so that no query has to remember it.
 * Unrestricted callers see every location of their tenant; restricted ones only those in their list.
 */
public final class LocationScope {

    public static final String FILTER = "locationScope";

    private LocationScope() {
    }

    private static TenantContext context() {
        return CDI.current().select(TenantContext.class).get();
    }

    /** 1 where the caller sees every location of the tenant, else 0. */
    public static class Everywhere implements Supplier<Integer> {
        @Override
        public Integer get() {
            try {
                return context().visibleLocations().isEmpty() ? 1 : 0;
            } catch (ContextNotActiveException | IllegalStateException e) {
                return 1; // no request: the tenant filter alone applies (and fails closed)
            }
        }
    }

    /** The caller's locations as a comma-separated list for FIND_IN_SET ("-1" for none). */
    public static class Locations implements Supplier<String> {
        @Override
        public String get() {
            try {
                return context().visibleLocations()
                        .map(ids -> ids.isEmpty() ? "-1" : ids.stream().map(String::valueOf).collect(Collectors.joining(",")))
                        .orElse("-1");
            } catch (ContextNotActiveException | IllegalStateException e) {
                return "-1";
            }
        }
    }
}
