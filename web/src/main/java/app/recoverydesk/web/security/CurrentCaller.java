package app.recoverydesk.web.security;

import app.recoverydesk.security.Roles;
import app.recoverydesk.tenancy.Tenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * The signed-in user as the pages see them: name, roles and tenant, taken from the verified token by
 * {@link CallerFilter}.
 */
@Named("caller")
@RequestScoped
public class CurrentCaller {

    private String username;
    private String displayName;
    private Set<String> roles = Set.of();
    private Tenant tenant;

    void signedIn(String username, String displayName, Set<String> roles, Tenant tenant) {
        this.username = username;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
        this.tenant = tenant;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName != null ? displayName : username;
    }

    public Optional<Tenant> tenant() {
        return Optional.ofNullable(tenant);
    }

    public Tenant getTenant() {
        return tenant;
    }

    /** The tenant's time zone, in which dates are entered and shown; UTC for a caller without a tenant. */
    public ZoneId timeZone() {
        return tenant == null ? ZoneId.of("UTC") : tenant.getTimeZone();
    }

    public boolean isMemberOfTenant() {
        return tenant != null;
    }

    /** Managers, executives and admins see every location; a restriction applies to frontline staff only. */
    public boolean seesWholeTenant() {
        return hasRole(Roles.MANAGER) || hasRole(Roles.EXECUTIVE) || hasRole(Roles.TENANT_ADMIN);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
