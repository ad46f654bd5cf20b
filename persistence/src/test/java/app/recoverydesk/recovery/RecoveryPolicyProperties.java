package app.recoverydesk.recovery;

import app.recoverydesk.money.Money;
import static app.recoverydesk.recovery.RecoveryPolicyTest.FRONTLINE;
import static app.recoverydesk.recovery.RecoveryPolicyTest.NOK;
import static app.recoverydesk.recovery.RecoveryPolicyTest.OSLO;
import static app.recoverydesk.recovery.RecoveryPolicyTest.dessert;
import static app.recoverydesk.recovery.RecoveryPolicyTest.policy;
import static app.recoverydesk.recovery.RecoveryPolicyTest.refund;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The limits of a policy over every amount a long holds, and a day of grants against them. */
class RecoveryPolicyProperties {

    private static RecoveryPolicy monetary(Long perIncident, Long perDay) {
        return policy(refund(), new RecoveryPolicy.Limits(perIncident == null ? null : Money.ofMinor(perIncident, NOK),
                perDay, FRONTLINE, Set.of(), null, null));
    }

    @Property
    void anAmountIsAboveTheLimitPerCaseExactlyWhenItIsGreater(@ForAll @LongRange(min = 0) long limit,
                                                               @ForAll @LongRange(min = 0) long amount) {
        Set<Limit> exceeded = monetary(limit, null).exceededBy(Money.ofMinor(amount, NOK), FRONTLINE, OSLO, 0);
        assertEquals(amount > limit, exceeded.contains(Limit.PER_INCIDENT));
    }

    @Property
    void aGrantIsAboveTheDailyLimitExactlyWhenTheDaysTotalWouldBe(@ForAll @LongRange(min = 1) long limit,
                                                                  @ForAll @LongRange(min = 0) long amount,
                                                                  @ForAll @LongRange(min = 0) long grantedToday) {
        long today = Math.min(grantedToday, limit); // a day's total within policy never passes the limit
        boolean above = BigInteger.valueOf(today).add(BigInteger.valueOf(amount)).compareTo(BigInteger.valueOf(limit)) > 0;
        Set<Limit> exceeded = monetary(null, limit).exceededBy(Money.ofMinor(amount, NOK), FRONTLINE, OSLO, today);
        assertEquals(above, exceeded.contains(Limit.PER_DAY));
    }

    @Property
    void lessIsNeverAboveALimitThatMoreIsWithin(@ForAll @LongRange(min = 0, max = 10_000_000) long perIncident,
                                                @ForAll @LongRange(min = 1, max = 10_000_000) long perDay,
                                                @ForAll @LongRange(min = 0, max = 20_000_000) long amount,
                                                @ForAll @LongRange(min = 0, max = 20_000_000) long less) {
        RecoveryPolicy policy = monetary(perIncident, perDay);
        if (policy.exceededBy(Money.ofMinor(amount, NOK), FRONTLINE, OSLO, 0).isEmpty()) {
            assertEquals(Set.of(), policy.exceededBy(Money.ofMinor(Math.min(less, amount), NOK), FRONTLINE, OSLO, 0));
        }
    }

    @Property
    void theGrantsOfADayWithinPolicyNeverAddUpPastTheDailyLimit(
            @ForAll @LongRange(min = 1, max = 1_000_000) long perDay,
            @ForAll @Size(max = 40) List<@LongRange(min = 0, max = 200_000) Long> amounts) {
        RecoveryPolicy policy = monetary(null, perDay);
        StaffDayTotal today = new StaffDayTotal();
        for (long amount : amounts) {
            Money money = Money.ofMinor(amount, NOK);
            if (policy.exceededBy(money, FRONTLINE, OSLO, today.granted(true)).isEmpty()) {
                today.add(money);
            }
        }
        assertTrue(today.granted(true) <= perDay, today.granted(true) + " granted, limit " + perDay);
    }

    @Property
    void exactlyTheDailyNumberOfGrantsFitsInADay(@ForAll @IntRange(min = 1, max = 200) int perDay) {
        RecoveryPolicy policy = policy(dessert(), new RecoveryPolicy.Limits(null, (long) perDay, FRONTLINE, Set.of(), null, null));
        StaffDayTotal today = new StaffDayTotal();
        int granted = 0;
        for (int attempt = 0; attempt < perDay + 5; attempt++) {
            if (policy.exceededBy(null, FRONTLINE, OSLO, today.granted(false)).isEmpty()) {
                today.add(null);
                granted++;
            }
        }
        assertEquals(perDay, granted);
    }
}
