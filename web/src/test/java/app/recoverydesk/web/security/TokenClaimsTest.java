package app.recoverydesk.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenClaimsTest {

    @Test
    void theTenantIsTheIdOfTheOneOrganization() {
        Object claim = Map.of("bistro", Map.of("id", "8c2b7a9e-5d1f-4b6a-9e43-1f0a2c3d4e01"));
        assertEquals(Optional.of("8c2b7a9e-5d1f-4b6a-9e43-1f0a2c3d4e01"), TokenClaims.organizationId(claim));
    }

    @Test
    void noTenantWithoutAnOrganizationOrWithSeveralOrWithOnlyAnAlias() {
        assertEquals(Optional.empty(), TokenClaims.organizationId(null));
        assertEquals(Optional.empty(), TokenClaims.organizationId(Map.of()));
        assertEquals(Optional.empty(), TokenClaims.organizationId(List.of("bistro")));
        assertEquals(Optional.empty(), TokenClaims.organizationId(Map.of("bistro", Map.of())));
        assertEquals(Optional.empty(), TokenClaims.organizationId(Map.of(
                "bistro", Map.of("id", "a"), "hotel", Map.of("id", "b"))));
    }

    @Test
    void realmRolesAreReadFromRealmAccess() {
        assertEquals(Set.of("frontline", "manager"),
                TokenClaims.realmRoles(Map.of("roles", List.of("frontline", "manager"))));
        assertEquals(Set.of(), TokenClaims.realmRoles(null));
        assertEquals(Set.of(), TokenClaims.realmRoles(Map.of("roles", "frontline")));
    }
}
