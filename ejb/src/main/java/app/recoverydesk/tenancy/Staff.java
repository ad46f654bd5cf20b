package app.recoverydesk.tenancy;

import app.recoverydesk.security.Roles;
import app.recoverydesk.validation.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The caller's tenant's staff, kept in the identity provider as members of the tenant's organization. A
 * tenant admin can only ever see and change members of their own organization.
 */
@Stateless
public class Staff {

    /** A staff member with their realm roles. */
    public record StaffMember(KeycloakAdmin.Member account, List<String> roles) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private KeycloakAdmin identity;

    @Inject
    private TenantContext caller;

    public List<StaffMember> list() {
        return identity.members(tenant().getOrganizationId()).stream()
                .map(m -> new StaffMember(m, identity.realmRoles(m.id()).stream()
                        .filter(Roles.TENANT_ROLES::contains).sorted().toList()))
                .toList();
    }

    public Onboarded hire(@NotNull @Valid NewStaff request) {
        if (!Roles.TENANT_ROLES.containsAll(request.getRoles())) {
            throw new InvalidInputException("roles", "staff.roles.unknown");
        }
        String organizationId = tenant().getOrganizationId();
        String password = TemporaryPasswords.next();
        String username = request.getUsername().strip().toLowerCase(Locale.ROOT);
        String userId = identity.createUser(username, request.getEmail().strip(), request.getFirstName().strip(),
                request.getLastName().strip(), password);
        try {
            identity.addMember(organizationId, userId);
            identity.grantRealmRoles(userId, Set.copyOf(request.getRoles()));
        } catch (RuntimeException e) {
            identity.deleteUser(userId);
            throw e;
        }
        return new Onboarded(username, password);
    }

    /** Deactivates a member of the caller's organization; anyone else is "not found". */
    public void setActive(String userId, boolean active) {
        boolean member = identity.members(tenant().getOrganizationId()).stream().anyMatch(m -> m.id().equals(userId));
        if (!member) {
            throw new StaffNotFoundException(userId);
        }
        identity.setEnabled(userId, active);
    }

    private Tenant tenant() {
        return caller.tenantId().map(id -> em.find(Tenant.class, id))
                .orElseThrow(() -> new IllegalStateException("No tenant in this request"));
    }
}
