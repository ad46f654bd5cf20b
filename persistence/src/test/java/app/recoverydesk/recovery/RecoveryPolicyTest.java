package app.recoverydesk.recovery;

import app.recoverydesk.money.Money;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecoveryPolicyTest {

    static final Currency NOK = Currency.getInstance("NOK");
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final long OSLO = 1, BERGEN = 2, TROMSØ = 3;
    static final Set<String> FRONTLINE = Set.of("frontline");

    static RecoveryOption refund() {
        return new RecoveryOption("Refund", Map.of(), OptionType.REFUND, true, NOW);
    }

    static RecoveryOption dessert() {
        return new RecoveryOption("Free dessert", Map.of(), OptionType.COMP, false, NOW);
    }

    static RecoveryPolicy policy(RecoveryOption option, RecoveryPolicy.Limits limits) {
        return new RecoveryPolicy(option, 1, NOW, NOK, limits, "bistro-manager", NOW);
    }

    /** A refund of at most 500 kroner per case and 1 000 kroner per staff member and day, for frontline and managers. */
    static RecoveryPolicy refunds() {
        return policy(refund(), new RecoveryPolicy.Limits(Money.parse("500", NOK), 100_000L,
                Set.of("frontline", "manager"), Set.of(), null, null));
    }

    static Money kroner(String amount) {
        return Money.parse(amount, NOK);
    }

    @Test
    void withinEveryLimitAGrantExceedsNothing() {
        assertEquals(Set.of(), refunds().exceededBy(kroner("120"), FRONTLINE, OSLO, 0));
    }

    @Test
    void theLimitPerCaseIsIncludedAndOneØreMoreIsAbove() {
        RecoveryPolicy policy = refunds();
        assertEquals(Set.of(), policy.exceededBy(kroner("500.00"), FRONTLINE, OSLO, 0), "exactly at the limit is within");
        assertEquals(Set.of(Limit.PER_INCIDENT), policy.exceededBy(kroner("500.01"), FRONTLINE, OSLO, 0));
        assertEquals(Set.of(), policy.exceededBy(kroner("0"), FRONTLINE, OSLO, 0), "nothing is always within");
    }

    @Test
    void aLimitPerCaseOfZeroSendsEveryAmountButNothingToAManager() {
        RecoveryPolicy policy = policy(refund(), new RecoveryPolicy.Limits(kroner("0"), null, FRONTLINE, Set.of(), null, null));
        assertEquals(Set.of(), policy.exceededBy(kroner("0"), FRONTLINE, OSLO, 0));
        assertEquals(Set.of(Limit.PER_INCIDENT), policy.exceededBy(kroner("0.01"), FRONTLINE, OSLO, 0));
    }

    @Test
    void withoutLimitsAnyAmountIsWithin() {
        RecoveryPolicy policy = policy(refund(), new RecoveryPolicy.Limits(null, null, FRONTLINE, Set.of(), null, null));
        assertEquals(Set.of(), policy.exceededBy(kroner("999999999.99"), FRONTLINE, OSLO, Long.MAX_VALUE / 2));
        assertNull(policy.getPerIncident());
        assertNull(policy.perDayAmount());
    }

    @Test
    void theDailyLimitCountsWhatTheStaffMemberGrantedToday() {
        RecoveryPolicy policy = refunds(); // 1 000 kroner a day
        assertEquals(Set.of(), policy.exceededBy(kroner("400"), FRONTLINE, OSLO, 60_000), "600 + 400 is exactly the limit");
        assertEquals(Set.of(Limit.PER_DAY), policy.exceededBy(kroner("400.01"), FRONTLINE, OSLO, 60_000));
        assertEquals(Set.of(), policy.exceededBy(kroner("0"), FRONTLINE, OSLO, 100_000), "at the limit, nothing more still fits");
        assertEquals(Set.of(Limit.PER_DAY), policy.exceededBy(kroner("0.01"), FRONTLINE, OSLO, 100_000));
    }

    @Test
    void anAmountTooLargeToAddToTheDaysTotalIsStillAboveTheDailyLimit() {
        RecoveryPolicy policy = refunds();
        assertEquals(Set.of(Limit.PER_INCIDENT, Limit.PER_DAY),
                policy.exceededBy(Money.ofMinor(Long.MAX_VALUE, NOK), FRONTLINE, OSLO, 1));
    }

    @Test
    void anOptionWithoutMoneyCountsGrantsPerDay() {
        RecoveryPolicy policy = policy(dessert(), new RecoveryPolicy.Limits(null, 3L, FRONTLINE, Set.of(), null, null));
        assertEquals(Set.of(), policy.exceededBy(null, FRONTLINE, OSLO, 0));
        assertEquals(Set.of(), policy.exceededBy(null, FRONTLINE, OSLO, 2), "the third dessert of the day is within");
        assertEquals(Set.of(Limit.PER_DAY), policy.exceededBy(null, FRONTLINE, OSLO, 3), "the fourth is not");
    }

    @Test
    void aDayOfGrantsStopsAtTheDailyNumber() {
        RecoveryPolicy policy = policy(dessert(), new RecoveryPolicy.Limits(null, 2L, FRONTLINE, Set.of(), null, null));
        StaffDayTotal today = new StaffDayTotal();
        int granted = 0;
        while (policy.exceededBy(null, FRONTLINE, OSLO, today.granted(false)).isEmpty() && granted < 10) {
            today.add(null);
            granted++;
        }
        assertEquals(2, granted);
        assertEquals(0, today.granted(true), "grants without money add no amount");
    }

    @Test
    void theDayTotalOfAMonetaryOptionIsItsAmountInMinorUnits() {
        StaffDayTotal today = new StaffDayTotal();
        today.add(kroner("120.50"));
        today.add(kroner("0.50"));
        assertEquals(12_100, today.granted(true));
        assertEquals(2, today.granted(false));
    }

    @Test
    void oneOfThePolicysRolesIsEnough() {
        RecoveryPolicy policy = refunds();
        assertEquals(Set.of(), policy.exceededBy(kroner("10"), Set.of("manager"), OSLO, 0));
        assertEquals(Set.of(), policy.exceededBy(kroner("10"), Set.of("frontline", "executive"), OSLO, 0));
        assertEquals(Set.of(Limit.ROLE), policy.exceededBy(kroner("10"), Set.of("executive"), OSLO, 0));
        assertEquals(Set.of(Limit.ROLE), policy.exceededBy(kroner("10"), Set.of(), OSLO, 0), "no role, no grant within policy");
    }

    @Test
    void rolesAreNamesNotPrefixes() {
        RecoveryPolicy policy = policy(refund(), new RecoveryPolicy.Limits(null, null, Set.of("manager"), Set.of(), null, null));
        assertEquals(Set.of(Limit.ROLE), policy.exceededBy(kroner("10"), Set.of("Manager", "manage", "managers"), OSLO, 0));
    }

    @Test
    void anOptionLimitedToLocationsIsWithinOnlyThere() {
        RecoveryPolicy policy = policy(refund(), new RecoveryPolicy.Limits(null, null, FRONTLINE, Set.of(OSLO, BERGEN), null, null));
        assertEquals(Set.of(), policy.exceededBy(kroner("10"), FRONTLINE, OSLO, 0));
        assertEquals(Set.of(), policy.exceededBy(kroner("10"), FRONTLINE, BERGEN, 0));
        assertEquals(Set.of(Limit.LOCATION), policy.exceededBy(kroner("10"), FRONTLINE, TROMSØ, 0));
        assertEquals(Set.of(OSLO, BERGEN), policy.getLocationIds());
    }

    @Test
    void anOptionForNoLocationInParticularIsForEveryLocation() {
        RecoveryPolicy policy = refunds();
        assertEquals(Set.of(), policy.exceededBy(kroner("10"), FRONTLINE, TROMSØ, 0));
        assertEquals(Set.of(), policy.getLocationIds());
    }

    @Test
    void everyLimitExceededIsNamedSoTheManagerSeesThemAll() {
        RecoveryPolicy policy = policy(refund(), new RecoveryPolicy.Limits(kroner("100"), 10_000L, Set.of("manager"),
                Set.of(OSLO), null, null));
        assertEquals(EnumSet.allOf(Limit.class), policy.exceededBy(kroner("150"), FRONTLINE, BERGEN, 0));
    }

    @Test
    void theCatalogueDatesIncludeTheirFirstAndLastDay() {
        RecoveryPolicy christmas = policy(refund(), new RecoveryPolicy.Limits(null, null, FRONTLINE, Set.of(),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 24)));
        assertFalse(christmas.isActiveOn(LocalDate.of(2026, 11, 30)));
        assertTrue(christmas.isActiveOn(LocalDate.of(2026, 12, 1)));
        assertTrue(christmas.isActiveOn(LocalDate.of(2026, 12, 24)));
        assertFalse(christmas.isActiveOn(LocalDate.of(2026, 12, 25)));
    }

    @Test
    void openCatalogueDatesHaveNoEnd() {
        RecoveryPolicy always = refunds();
        assertTrue(always.isActiveOn(LocalDate.MIN));
        assertTrue(always.isActiveOn(LocalDate.MAX));
        RecoveryPolicy fromJanuary = policy(refund(), new RecoveryPolicy.Limits(null, null, FRONTLINE, Set.of(),
                LocalDate.of(2027, 1, 1), null));
        assertFalse(fromJanuary.isActiveOn(LocalDate.of(2026, 12, 31)));
        assertTrue(fromJanuary.isActiveOn(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void aVersionKeepsItsNumberItsStartItsCurrencyAndItsLimitsAsMoney() {
        Instant from = NOW.plus(Duration.ofDays(7));
        RecoveryPolicy v2 = new RecoveryPolicy(refund(), 2, from, NOK, new RecoveryPolicy.Limits(kroner("750.50"),
                150_000L, Set.of("manager"), Set.of(BERGEN), null, null), "bistro-manager", NOW);
        assertEquals(2, v2.getVersion());
        assertEquals(from, v2.getEffectiveFrom());
        assertEquals(NOK, v2.getCurrency());
        assertEquals(kroner("750.50"), v2.getPerIncident());
        assertEquals(150_000L, v2.getPerDayLimit());
        assertEquals(kroner("1500"), v2.perDayAmount());
        assertEquals(Set.of("manager"), v2.getRoles());
    }

    @Test
    void aNewVersionJudgesNewGrantsWhileTheOldOneStillExplainsTheRequestsJudgedByIt() {
        RecoveryOption refund = refund();
        RecoveryPolicy v1 = new RecoveryPolicy(refund, 1, NOW, NOK, new RecoveryPolicy.Limits(kroner("200"), null,
                FRONTLINE, Set.of(), null, null), "bistro-manager", NOW);
        Set<Limit> byV1 = v1.exceededBy(kroner("300"), FRONTLINE, OSLO, 0);
        Recovery request = new Recovery(7, OSLO, v1, kroner("300"), null, byV1, "regular guest", "bistro-frontline",
                NOW, Duration.ofHours(2));
        RecoveryPolicy v2 = new RecoveryPolicy(refund, 2, NOW.plusSeconds(3600), NOK, new RecoveryPolicy.Limits(
                kroner("500"), null, FRONTLINE, Set.of(), null, null), "bistro-manager", NOW.plusSeconds(60));
        assertEquals(Set.of(), v2.exceededBy(kroner("300"), FRONTLINE, OSLO, 0), "the same 300 kroner are within v2");
        assertEquals(Set.of(Limit.PER_INCIDENT), v1.exceededBy(kroner("300"), FRONTLINE, OSLO, 0), "v1 is unchanged");
        assertEquals(RecoveryStatus.PENDING, request.getStatus());
        assertEquals(Set.of(Limit.PER_INCIDENT), request.getExceeded());
        assertEquals(kroner("200"), v1.getPerIncident());
    }
}
