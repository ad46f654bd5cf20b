package app.recoverydesk.tenancy;

import app.recoverydesk.audit.change.AuditedChange;
import app.recoverydesk.security.Roles;
import app.recoverydesk.failure.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
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

    /** A staff member with their realm roles and assigned locations. */
    public record StaffMember(KeycloakAdmin.Member account, List<String> roles, List<Long> locationIds) {
    }

    @Inject
    private KeycloakAdmin identity;

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private StaffLocations staffLocations;

    @Inject
    private Event<AuditedChange> audit;

    public List<StaffMember> list() {
        var assignments = staffLocations.all();
        return identity.members(tenant().getOrganizationId()).stream()
                .map(m -> new StaffMember(m, identity.realmRoles(m.id()).stream()
                        .filter(Roles.TENANT_ROLES::contains).sorted().toList(),
                        assignments.getOrDefault(m.username(), List.of())))
                .toList();
    }

    /** Assigns a member of the caller's organization to these locations (replacing earlier ones). */
    public void assignLocations(String userId, Set<Long> locationIds) {
        String username = member(userId).username();
        List<Long> before = staffLocations.all().getOrDefault(username, List.of());
        staffLocations.assign(username, locationIds);
        List<Long> after = staffLocations.all().getOrDefault(username, List.of());
        if (!Set.copyOf(before).equals(Set.copyOf(after))) {
            audit.fire(AuditedChange.of("staff.locations", "staff " + username, ids(before), ids(after)));
        }
    }

    /** Location ids as the audit log shows them: sorted, "all" for none (a member without any works at every one). */
    private static String ids(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? "all" : ids.stream().sorted().map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public Onboarded hire(@NotNull @Valid NewStaff request) {
        if (!Roles.TENANT_ROLES.containsAll(request.getRoles())) {
            throw new InvalidInputException("roles", "staff.roles.unknown");
        }
        staffLocations.requireKnown(request.getLocationIds());
        String organizationId = tenant().getOrganizationId();
        String password = TemporaryPasswords.next();
        String username = request.getUsername().strip().toLowerCase(Locale.ROOT);
        String userId = identity.createUser(username, request.getEmail().strip(), request.getFirstName().strip(),
                request.getLastName().strip(), password);
        try {
            identity.addMember(organizationId, userId);
            identity.grantRealmRoles(userId, Set.copyOf(request.getRoles()));
            staffLocations.assign(username, request.getLocationIds());
        } catch (RuntimeException e) {
            identity.deleteUser(userId);
            throw e;
        }
        audit.fire(AuditedChange.of("staff.hired", "staff " + username, null, "roles "
                + String.join(", ", new java.util.TreeSet<>(request.getRoles())) + "; locations "
                + ids(request.getLocationIds() == null ? List.of() : request.getLocationIds())));
        return new Onboarded(username, password);
    }

    /** Deactivates a member of the caller's organization; anyone else is "not found". */
    public void setActive(String userId, boolean active) {
        KeycloakAdmin.Member member = member(userId);
        identity.setEnabled(member.id(), active);
        if (member.enabled() != active) {
            audit.fire(AuditedChange.of(active ? "staff.reactivated" : "staff.deactivated", "staff " + member.username(),
                    member.enabled() ? "active" : "inactive", active ? "active" : "inactive"));
        }
    }

    private KeycloakAdmin.Member member(String userId) {
        return identity.members(tenant().getOrganizationId()).stream().filter(m -> m.id().equals(userId))
                .findFirst().orElseThrow(() -> new StaffNotFoundException());
    }

    private Tenant tenant() {
        return currentTenant.get();
    }
}
