package app.recoverydesk.web.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the parts of a Keycloak access token the application relies on. Kept free of server classes so
 * that the rules (exactly one organization, its id not its alias) are unit-tested.
 */
public final class TokenClaims {

    private TokenClaims() {
    }

    /**
     * The organization id from {@code "organization": {"<alias>": {"id": "<uuid>"}}}. A user in no
     * organization or in several gets none: the application cannot guess which business they act for.
     */
    public static Optional<String> organizationId(Object organizationClaim) {
        if (!(organizationClaim instanceof Map<?, ?> byAlias) || byAlias.size() != 1) {
            return Optional.empty();
        }
        Object details = byAlias.values().iterator().next();
        if (details instanceof Map<?, ?> map && map.get("id") instanceof String id && !id.isBlank()) {
            return Optional.of(id);
        }
        return Optional.empty();
    }

    /** Realm roles from {@code "realm_access": {"roles": [...]}}. */
    public static Set<String> realmRoles(Object realmAccessClaim) {
        if (realmAccessClaim instanceof Map<?, ?> access && access.get("roles") instanceof List<?> roles) {
            return roles.stream().filter(String.class::isInstance).map(String.class::cast)
                    .collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }
}
