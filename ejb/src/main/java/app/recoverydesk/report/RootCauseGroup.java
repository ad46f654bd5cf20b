package app.recoverydesk.report;

import app.recoverydesk.incident.RootCause;
import java.util.EnumSet;
import java.util.Set;

/**
 * The research benchmark the report puts the tenant's split next to: about 20 % of failures come from
 * employees, 20–30 % from customers' own mistakes or expectations, about 60 % from products, processes,
 * policies and marketing working as designed. Third parties are outside the benchmark and shown apart.
 */
public enum RootCauseGroup {
    EMPLOYEE(EnumSet.of(RootCause.EMPLOYEE), 15, 25),
    CUSTOMER(EnumSet.of(RootCause.CUSTOMER_EXPECTATION), 20, 30),
    SYSTEM(EnumSet.of(RootCause.PRODUCT, RootCause.PROCESS, RootCause.POLICY, RootCause.MARKETING), 50, 65),
    THIRD_PARTY(EnumSet.of(RootCause.THIRD_PARTY), 0, 100);

    private final Set<RootCause> causes;
    /** The benchmark band in percent; outside it the report marks the group. */
    public final int low;
    public final int high;

    RootCauseGroup(Set<RootCause> causes, int low, int high) {
        this.causes = causes;
        this.low = low;
        this.high = high;
    }

    public Set<RootCause> causes() {
        return causes;
    }

    public static RootCauseGroup of(RootCause cause) {
        for (RootCauseGroup group : values()) {
            if (group.causes.contains(cause)) {
                return group;
            }
        }
        throw new IllegalArgumentException(String.valueOf(cause));
    }

    /** Whether the tenant's share of this group lies outside the benchmark band. */
    public boolean outside(double percent) {
        return percent < low || percent > high;
    }
}
