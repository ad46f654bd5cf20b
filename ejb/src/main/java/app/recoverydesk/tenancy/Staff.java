package app.recoverydesk.tenancy;

import app.recoverydesk.audit.change.AuditedChange;
import app.recoverydesk.security.Roles;
import app.recoverydesk.failure.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The caller's tenant's staff, kept in the identity provider as members of the tenant's organization. A
 * tenant admin can only ever see and change members of their own organization.
 */
@Stateless
public class Staff {

    /** A staff member with their realm roles and assigned locations. */
    public record StaffMember(KeycloakAdmin.Member account, List<String> roles, List<Long> locationIds)
            implements Serializable {
    }

    /** A staff member as a picker offers them: by name, with the username the services take. */
    public record Colleague(String username, String displayName) implements java.io.Serializable {
    }

    @Inject
    private KeycloakAdmin identity;

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private StaffLocations staffLocations;

    @Inject
    private Locations locations;

    @Inject
    private TenantContext caller;

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

    /**
     * The active staff of the caller's tenant who can take on work at a location, by name: those assigned to it, and
     * those assigned to no location (they work wherever the business needs them).
     */
    public List<Colleague> activeAt(long locationId) {
        var assignments = staffLocations.all();
        return identity.members(tenant().getOrganizationId()).stream().filter(KeycloakAdmin.Member::enabled)
                .filter(m -> {
                    List<Long> at = assignments.getOrDefault(m.username(), List.of());
                    return at.isEmpty() || at.contains(locationId);
                })
                .map(m -> new Colleague(m.username(), displayName(m)))
                .sorted(Comparator.comparing(Colleague::displayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Colleague::username))
                .toList();
    }

    private static String displayName(KeycloakAdmin.Member member) {
        String name = (member.firstName() + " " + member.lastName()).strip();
        return name.isEmpty() ? member.username() : name;
    }

    /** Assigns a member of the caller's organization to these locations (replacing earlier ones); audited by name. */
    public void assignLocations(String userId, Set<Long> locationIds) {
        assignLocations(member(userId), locationIds);
    }

    private void assignLocations(KeycloakAdmin.Member member, Set<Long> locationIds) {
        staffLocations.requireKnown(locationIds);
        String before = locationNames(staffLocations.of(member.username()));
        String after = locationNames(locationIds);
        staffLocations.assign(member.username(), locationIds);
        if (!before.equals(after)) {
            audit.fire(AuditedChange.of("staff.locations", subject(member), before, after));
        }
    }

    /**
     * Gives a member of the caller's organization exactly these tenant roles (other realm roles stay as they are).
     * At least one role; an admin cannot take the administrator role from themselves. Takes effect with the member's
     * next token.
     */
    public List<String> changeRoles(String userId, Set<String> roles) {
        KeycloakAdmin.Member member = member(userId);
        checkRoles(member, roles);
        return applyRoles(member, roles);
    }

    /**
     * Roles and locations of a member at once (the staff page's edit), all or nothing: both are checked before either
     * changes, the locations are written before the identity provider is asked, so a refusal there undoes them.
     */
    public void update(String userId, Set<String> roles, Set<Long> locationIds) {
        KeycloakAdmin.Member member = member(userId);
        checkRoles(member, roles);
        staffLocations.requireKnown(locationIds);
        assignLocations(member, locationIds);
        applyRoles(member, roles);
    }

    private void checkRoles(KeycloakAdmin.Member member, Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "staff.roles.none");
        }
        if (roles.stream().anyMatch(r -> r == null || !Roles.TENANT_ROLES.contains(r))) {
            throw new InvalidInputException("roles", "staff.roles.unknown");
        }
        if (isCaller(member) && !roles.contains(Roles.TENANT_ADMIN)) {
            throw new InvalidInputException("roles", "staff.roles.ownAdmin");
        }
    }

    private List<String> applyRoles(KeycloakAdmin.Member member, Set<String> roles) {
        Set<String> current = new TreeSet<>(identity.realmRoles(member.id()));
        current.retainAll(Roles.TENANT_ROLES);
        Set<String> added = new HashSet<>(roles);
        added.removeAll(current);
        Set<String> removed = new HashSet<>(current);
        removed.removeAll(roles);
        if (added.isEmpty() && removed.isEmpty()) {
            return List.copyOf(current);
        }
        // the audit entry first: if it cannot be written, the identity provider is left as it was
        audit.fire(AuditedChange.of("staff.roles", subject(member), String.join(", ", current),
                String.join(", ", new TreeSet<>(roles))));
        if (!added.isEmpty()) {
            identity.grantRealmRoles(member.id(), added);
        }
        if (!removed.isEmpty()) {
            try {
                identity.revokeRealmRoles(member.id(), removed);
            } catch (RuntimeException e) {
                if (!added.isEmpty()) {
                    identity.revokeRealmRoles(member.id(), added);
                }
                throw e;
            }
        }
        return List.copyOf(new TreeSet<>(roles));
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
                request.getLastName().strip(), password, tenant().getDefaultLanguage());
        try {
            identity.addMember(organizationId, userId);
            identity.grantRealmRoles(userId, Set.copyOf(request.getRoles()));
            staffLocations.assign(username, request.getLocationIds());
        } catch (RuntimeException e) {
            identity.deleteUser(userId);
            throw e;
        }
        audit.fire(AuditedChange.of("staff.hired", "staff " + username, null, "roles "
                + String.join(", ", new TreeSet<>(request.getRoles())) + "; locations "
                + locationNames(request.getLocationIds() == null ? Set.of() : Set.copyOf(request.getLocationIds()))));
        return new Onboarded(username, password);
    }

    /**
     * Deactivates a member of the caller's organization (anyone else is "not found"): they can no longer sign in and
     * their sessions end. Never the caller themselves. Their promises, incidents and assignments stay.
     */
    public void deactivate(String userId) {
        KeycloakAdmin.Member member = member(userId);
        if (isCaller(member)) {
            throw new SelfDeactivationException();
        }
        if (!member.enabled()) {
            return;
        }
        audit.fire(AuditedChange.of("staff.deactivated", subject(member), "active", "deactivated"));
        identity.setEnabled(member.id(), false);
        try {
            identity.signOut(member.id());
        } catch (IdentityProviderException e) {
            // a disabled account gets no new token anyway: its sessions end when their token runs out
        }
    }

    /** Lets a deactivated member of the caller's organization sign in again, with their roles and locations. */
    public void reactivate(String userId) {
        KeycloakAdmin.Member member = member(userId);
        if (member.enabled()) {
            return;
        }
        audit.fire(AuditedChange.of("staff.reactivated", subject(member), "deactivated", "active"));
        identity.setEnabled(member.id(), true);
    }

    /** As {@link #deactivate} or {@link #reactivate}. */
    public void setActive(String userId, boolean active) {
        if (active) {
            reactivate(userId);
        } else {
            deactivate(userId);
        }
    }

    private boolean isCaller(KeycloakAdmin.Member member) {
        return caller.username() != null && member.username().equalsIgnoreCase(caller.username());
    }

    private static String subject(KeycloakAdmin.Member member) {
        return "staff " + member.username();
    }

    /** Location names, sorted, for the audit log ("none" for no location). */
    private String locationNames(Set<Long> ids) {
        Map<Long, String> names = locations.all().stream()
                .collect(Collectors.toMap(Location::getId, Location::getName));
        String joined = ids.stream().filter(Objects::nonNull).map(id -> names.getOrDefault(id, "location " + id))
                .sorted().collect(Collectors.joining(", "));
        return joined.isEmpty() ? "none" : joined;
    }

    private KeycloakAdmin.Member member(String userId) {
        return identity.members(tenant().getOrganizationId()).stream().filter(m -> m.id().equals(userId))
                .findFirst().orElseThrow(() -> new StaffNotFoundException());
    }

    private Tenant tenant() {
        return currentTenant.get();
    }
}
