package app.recoverydesk.mail;

import app.recoverydesk.tenancy.KeycloakAdmin;
import app.recoverydesk.tenancy.StaffLocations;
import app.recoverydesk.tenancy.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who of a business's staff a mail about a location goes to: enabled members of the business's organization (never
 * another's) with an e-mail address, holding the role, and assigned to that location or to none (who then count
 * for all).
 */
@Stateless
public class StaffRecipients {

    @Inject
    private KeycloakAdmin identity;

    @Inject
    private StaffLocations staffLocations;

    /** The addresses of the members holding any of {@code roles} who work at {@code locationId}. */
    public Set<String> withRoles(Tenant tenant, Set<String> roles, Long locationId) {
        Set<String> to = new TreeSet<>();
        if (roles.isEmpty()) {
            return to;
        }
        for (KeycloakAdmin.Member m : members(tenant)) {
            if (EmailAddress.of(m.email()).isEmpty()
                    || identity.realmRoles(m.id()).stream().noneMatch(roles::contains)) {
                continue;
            }
            Set<Long> places = staffLocations.of(m.username());
            if (locationId == null || places.isEmpty() || places.contains(locationId)) {
                to.add(EmailAddress.of(m.email()).get());
            }
        }
        return to;
    }

    /** The address of one member by username, where they are enabled and have one. */
    public Set<String> member(Tenant tenant, String username) {
        Set<String> to = new TreeSet<>();
        if (username == null) {
            return to;
        }
        members(tenant).stream().filter(m -> m.username().equalsIgnoreCase(username))
                .map(m -> EmailAddress.of(m.email())).flatMap(java.util.Optional::stream).forEach(to::add);
        return to;
    }

    private List<KeycloakAdmin.Member> members(Tenant tenant) {
        return identity.members(tenant.getOrganizationId()).stream().filter(KeycloakAdmin.Member::enabled)
                .filter(m -> m.email() != null).toList();
    }
}
