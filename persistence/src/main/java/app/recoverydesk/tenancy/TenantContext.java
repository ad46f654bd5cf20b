package app.recoverydesk.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who is calling, for the length of one request: the tenant the token names and the user's name.
 * Filled by the web layer from the verified token (never from a request parameter); read by
 * {@link CurrentTenantResolver} so that every query is scoped without anyone remembering to.
 * Work without a request (timers, async) names its tenant with {@link #runAs(long, Supplier)}.
 */
@RequestScoped
public class TenantContext implements Serializable {

    private Long tenantId;
    private String username;
    private Set<String> roles = Set.of();
    private Set<Long> visibleLocations;
    private boolean job;

    public void enter(long tenantId, String username, Set<String> roles) {
        enter(tenantId, username);
        this.roles = Set.copyOf(roles);
    }

    public void enter(long tenantId, String username) {
        if (this.tenantId != null && this.tenantId != tenantId) {
            throw new IllegalStateException("A request cannot change tenant");
        }
        this.tenantId = tenantId;
        this.username = username;
    }

    /**
     * Names a signed-in caller who belongs to no tenant (the platform's operator), so that what they do to a tenant
     * can be recorded under their name. Gives no tenant: every read and write of tenant data still fails closed.
     */
    public void enterWithoutTenant(String username) {
        if (this.tenantId != null) {
            throw new IllegalStateException("A member of a tenant is named with their tenant");
        }
        this.username = username;
    }

    /** Limits what this caller sees to these locations of the tenant (an empty set: none). */
    public void restrictTo(Set<Long> locationIds) {
        this.visibleLocations = Set.copyOf(locationIds);
    }

    /** The locations this caller is limited to; empty where they see the whole tenant. */
    public Optional<Set<Long>> visibleLocations() {
        return Optional.ofNullable(visibleLocations);
    }

    /**
     * For work without a user's request (timers, asynchronous methods), which EJB gives a request context of its
     * own: does the work for this tenant as "system", then restores whoever the context named before, also when
     * the work fails, so that a job working through the tenants one after another starts each one clean. A user's
     * request cannot be turned to another tenant this way.
     */
    public <T> T runAs(long tenantId, Supplier<T> work) {
        if (this.tenantId != null && this.tenantId != tenantId && !job) {
            throw new IllegalStateException("A request cannot change tenant");
        }
        Long previousTenant = this.tenantId;
        String previousUser = username;
        Set<String> previousRoles = roles;
        Set<Long> previousLocations = visibleLocations;
        boolean previousJob = job;
        this.tenantId = tenantId;
        this.username = "system";
        this.roles = Set.of();
        this.visibleLocations = null;
        this.job = true;
        try {
            return work.get();
        } finally {
            this.tenantId = previousTenant;
            this.username = previousUser;
            this.roles = previousRoles;
            this.visibleLocations = previousLocations;
            this.job = previousJob;
        }
    }

    /** {@link #runAs(long, Supplier)} for work that answers nothing. */
    public void runAs(long tenantId, Runnable work) {
        runAs(tenantId, () -> {
            work.run();
            return null;
        });
    }

    /** The caller's realm roles (policies check them when judging a grant). */
    public Set<String> roles() {
        return roles;
    }

    /** Whether a signed-in member of a tenant (or a job) is named: error pages may be drawn for requests without. */
    public boolean hasCaller() {
        return tenantId != null && username != null;
    }

    public Optional<Long> tenantId() {
        return Optional.ofNullable(tenantId);
    }

    public String username() {
        if (username == null) {
            throw new IllegalStateException("No caller in this request");
        }
        return username;
    }
}
