package app.recoverydesk.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, for the length of one request: the tenant the token names and the user's name.
 * Filled by the web layer from the verified token (never from a request parameter); read by
 * {@link CurrentTenantResolver} so that every query is scoped without anyone remembering to.
 * Work without a request (timers, async) must open a request context and set the tenant explicitly.
 */
@RequestScoped
public class TenantContext implements Serializable {

    private Long tenantId;
    private String username;
    private Set<String> roles = Set.of();
    private Set<Long> visibleLocations;

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

    /** Limits what this caller sees to these locations of the tenant (an empty set: none). */
    public void restrictTo(Set<Long> locationIds) {
        this.visibleLocations = Set.copyOf(locationIds);
    }

    /** The locations this caller is limited to; empty where they see the whole tenant. */
    public Optional<Set<Long>> visibleLocations() {
        return Optional.ofNullable(visibleLocations);
    }

    /**
     * For platform jobs (timers) that work through the tenants one after another in one request: names the tenant
     * the next transaction works for. Never used for a user's request, whose tenant comes from the token.
     */
    public void actForTenant(long tenantId) {
        this.tenantId = tenantId;
        this.username = "system";
        this.roles = Set.of();
        this.visibleLocations = null;
    }

    /** The caller's realm roles (policies check them when judging a grant). */
    public Set<String> roles() {
        return roles;
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
