package app.recoverydesk.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.recoverydesk.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssigneeFilterTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Currency NOK = Currency.getInstance("NOK");

    private static Recovery request(String assignee) {
        RecoveryOption refund = new RecoveryOption("Refund", Map.of(), OptionType.REFUND, true, NOW);
        RecoveryPolicy policy = new RecoveryPolicy(refund, 1, NOW, NOK, new RecoveryPolicy.Limits(Money.parse("100", NOK),
                null, Set.of("frontline"), Set.of(), null, null), "bistro-manager", NOW);
        Recovery r = new Recovery(7, 1, policy, Money.parse("300", NOK), null, EnumSet.of(Limit.PER_INCIDENT), "why",
                "bistro-frontline", NOW, Duration.ofMinutes(15));
        r.assign(assignee);
        return r;
    }

    @Test
    void mineAreTheCallersAssignments_nobodyTheUntaken_allEveryRequest() {
        Recovery mine = request("bistro-manager"), theirs = request("other-manager"), untaken = request(null);
        assertTrue(AssigneeFilter.MINE.admits(mine, "Bistro-Manager"), "usernames are compared regardless of case");
        assertFalse(AssigneeFilter.MINE.admits(theirs, "bistro-manager"));
        assertFalse(AssigneeFilter.MINE.admits(untaken, "bistro-manager"));
        assertTrue(AssigneeFilter.NOBODY.admits(untaken, "bistro-manager"));
        assertFalse(AssigneeFilter.NOBODY.admits(mine, "bistro-manager"));
        assertTrue(AssigneeFilter.ALL.admits(mine, "x") && AssigneeFilter.ALL.admits(theirs, "x")
                && AssigneeFilter.ALL.admits(untaken, "x"));
    }

    @Test
    void linksNameTheFilterAndAnythingElseIsAll() {
        for (AssigneeFilter f : AssigneeFilter.values()) {
            assertEquals(f, AssigneeFilter.named(f.linkName()));
        }
        assertEquals(AssigneeFilter.NOBODY, AssigneeFilter.named(" Unassigned "));
        assertEquals(AssigneeFilter.ALL, AssigneeFilter.named(null));
        assertEquals(AssigneeFilter.ALL, AssigneeFilter.named("someone-else"));
    }
}
