package app.recoverydesk.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantContextTest {

    private final TenantContext context = new TenantContext();

    @Test
    void runsTheWorkForTheTenantAsSystemAndAnswersItsResult() {
        String seen = context.runAs(7, () -> context.tenantId().orElseThrow() + " " + context.username()
                + " " + context.roles() + " " + context.visibleLocations().isPresent());

        assertEquals("7 system [] false", seen);
    }

    @Test
    void leavesNoTenantBehindAfterAJob() {
        context.runAs(7, () -> { });

        assertEquals(Optional.empty(), context.tenantId());
        assertThrows(IllegalStateException.class, context::username);
    }

    @Test
    void restoresThePreviousTenantAlsoWhenTheWorkThrows() {
        context.runAs(1, () -> {
            RuntimeException failure = assertThrows(IllegalArgumentException.class, () -> context.runAs(2, () -> {
                assertEquals(2L, context.tenantId().orElseThrow());
                throw new IllegalArgumentException("broken");
            }));
            assertEquals("broken", failure.getMessage());
            assertEquals(1L, context.tenantId().orElseThrow());
        });

        assertEquals(Optional.empty(), context.tenantId());
    }

    @Test
    void worksThroughTenantsOneAfterAnotherInOneRequest() {
        for (long tenant = 1; tenant <= 3; tenant++) {
            long expected = tenant;
            assertEquals(expected, context.runAs(tenant, () -> context.tenantId().orElseThrow()));
        }
        assertTrue(context.tenantId().isEmpty());
    }

    @Test
    void restoresTheUserOfARequestForTheSameTenant() {
        context.enter(4, "ann", Set.of("manager"));
        context.restrictTo(Set.of(10L));

        context.runAs(4, () -> assertEquals(Optional.empty(), context.visibleLocations()));

        assertEquals("ann", context.username());
        assertEquals(Set.of("manager"), context.roles());
        assertEquals(Optional.of(Set.of(10L)), context.visibleLocations());
    }

    @Test
    void aUsersRequestCannotBeTurnedToAnotherTenant() {
        context.enter(4, "ann");

        assertThrows(IllegalStateException.class, () -> context.runAs(5, () -> { }));
        assertEquals(4L, context.tenantId().orElseThrow());
        assertEquals("ann", context.username());
    }

    @Test
    void theOperatorIsNamedWithoutATenantAndStillSeesNone() {
        context.enterWithoutTenant("operator");
        assertEquals("operator", context.username());
        assertEquals(Optional.empty(), context.tenantId());
        assertEquals(false, context.hasCaller());
        assertEquals("7 system", context.runAs(7, () -> context.tenantId().orElseThrow() + " " + context.username()));
        assertEquals("operator", context.username(), "restored after the work");
    }
}
