package app.recoverydesk.recovery;

import app.recoverydesk.money.Money;
import static app.recoverydesk.recovery.RecoveryPolicyTest.FRONTLINE;
import static app.recoverydesk.recovery.RecoveryPolicyTest.NOW;
import static app.recoverydesk.recovery.RecoveryPolicyTest.OSLO;
import static app.recoverydesk.recovery.RecoveryPolicyTest.kroner;
import static app.recoverydesk.recovery.RecoveryPolicyTest.refunds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Kind;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecoveryTest {

    private static final Duration TWO_HOURS = Duration.ofHours(2);

    private static Recovery request(Money amount) {
        RecoveryPolicy policy = refunds();
        return new Recovery(7, OSLO, policy, amount, "soup was cold", policy.exceededBy(amount, FRONTLINE, OSLO, 0),
                "regular guest", "bistro-frontline", NOW, TWO_HOURS);
    }

    @Test
    void withinPolicyARecoveryIsGrantedAtOnceAndWaitsForNobody() {
        Recovery granted = request(kroner("120"));
        assertEquals(RecoveryStatus.GRANTED, granted.getStatus());
        assertEquals(Set.of(), granted.getExceeded());
        assertNull(granted.getDueAt());
        assertNull(granted.getReason(), "a reason is only kept for an exception");
        assertFalse(granted.isOverdue(NOW.plus(Duration.ofDays(30))));
        assertEquals(kroner("120"), granted.getAmount());
    }

    @Test
    void aboveALimitItIsARequestDueWithinTheTargetTime() {
        Recovery pending = request(kroner("600"));
        assertEquals(RecoveryStatus.PENDING, pending.getStatus());
        assertEquals(Set.of(Limit.PER_INCIDENT), pending.getExceeded());
        assertEquals(NOW.plus(TWO_HOURS), pending.getDueAt());
        assertEquals("regular guest", pending.getReason());
    }

    @Test
    void aRequestIsOverdueOnlyAfterItsDueTime() {
        Recovery pending = request(kroner("600"));
        assertFalse(pending.isOverdue(NOW.plus(TWO_HOURS)), "at the due time it is still on time");
        assertTrue(pending.isOverdue(NOW.plus(TWO_HOURS).plusNanos(1)));
    }

    @Test
    void theExceededLimitsAreKeptAll() {
        RecoveryPolicy policy = refunds();
        Recovery pending = new Recovery(7, OSLO, policy, kroner("600"), null, EnumSet.allOf(Limit.class), "why",
                "bistro-frontline", NOW, TWO_HOURS);
        assertEquals(EnumSet.allOf(Limit.class), pending.getExceeded());
    }

    @Test
    void aManagerApprovesTheAmountAskedForOrAnother() {
        Recovery asked = request(kroner("600"));
        asked.decide(true, null, null, "bistro-manager", NOW.plusSeconds(60));
        assertEquals(RecoveryStatus.APPROVED, asked.getStatus());
        assertEquals(kroner("600"), asked.getApprovedAmount());
        assertEquals("bistro-manager", asked.getDecidedBy());
        assertEquals(NOW.plusSeconds(60), asked.getDecidedAt());
        assertFalse(asked.isOverdue(NOW.plus(Duration.ofDays(1))), "a decided request is never overdue");

        Recovery lowered = request(kroner("600"));
        lowered.decide(true, kroner("550"), "half the soup was eaten", "bistro-manager", NOW);
        assertEquals(kroner("550"), lowered.getApprovedAmount());
        assertEquals("half the soup was eaten", lowered.getDecisionReason());
    }

    @Test
    void aRejectedRequestGrantsNothing() {
        Recovery asked = request(kroner("600"));
        asked.decide(false, kroner("600"), "not our fault", "bistro-manager", NOW);
        assertEquals(RecoveryStatus.REJECTED, asked.getStatus());
        assertNull(asked.getApprovedAmount());
        assertEquals("not our fault", asked.getDecisionReason());
    }

    @Test
    void nobodyDecidesTheirOwnRequest() {
        Recovery asked = request(kroner("600"));
        BusinessException refused = assertThrows(SelfApprovalException.class,
                () -> asked.decide(true, null, null, "bistro-frontline", NOW));
        assertEquals(Kind.FORBIDDEN, refused.kind());
        assertEquals("approval.self", refused.message().key());
        assertEquals(RecoveryStatus.PENDING, asked.getStatus());
    }

    @Test
    void theFirstDecisionWins() {
        Recovery asked = request(kroner("600"));
        asked.decide(false, null, "no", "bistro-manager", NOW);
        BusinessException refused = assertThrows(AlreadyDecidedException.class,
                () -> asked.decide(true, null, null, "other-manager", NOW));
        assertEquals(Kind.CONFLICT, refused.kind());
        assertEquals("approval.alreadyDecided", refused.message().key());
        assertEquals(RecoveryStatus.REJECTED, asked.getStatus());
        assertEquals("bistro-manager", asked.getDecidedBy());
    }

    @Test
    void aGrantWithinPolicyIsNotForAManagerToDecide() {
        Recovery granted = request(kroner("120"));
        assertThrows(AlreadyDecidedException.class, () -> granted.decide(false, null, "no", "bistro-manager", NOW));
        assertEquals(RecoveryStatus.GRANTED, granted.getStatus());
    }

    @Test
    void aRequestStartsWithNobodyAndIsAssignedUntilItIsDecided() {
        Recovery asked = request(kroner("600"));
        assertNull(asked.getAssignee(), "a new request is assigned to nobody");
        assertNull(asked.assign("bistro-manager"));
        assertEquals("bistro-manager", asked.getAssignee());
        assertEquals("bistro-manager", asked.assign(null), "the previous assignee is told for the audit");
        assertNull(asked.getAssignee());
        asked.assign("bistro-manager");
        asked.decide(true, null, null, "bistro-manager", NOW);
        BusinessException late = assertThrows(BusinessException.class, () -> asked.assign("other-manager"));
        assertEquals(Kind.CONFLICT, late.kind());
        assertEquals("bistro-manager", asked.getAssignee(), "a decided request keeps who had it");
    }
}
