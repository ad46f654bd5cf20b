package app.recoverydesk.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.recoverydesk.money.Money;
import app.recoverydesk.recovery.Limit;
import app.recoverydesk.recovery.OptionType;
import app.recoverydesk.recovery.Recovery;
import app.recoverydesk.recovery.RecoveryOption;
import app.recoverydesk.recovery.RecoveryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A request's exceeded limits and an option's limits read as sentences, with money in the reader's way. */
class LimitTextsTest {

    private static final Currency NOK = Currency.getInstance("NOK");
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Locale NB = Locale.forLanguageTag("nb");

    private static RecoveryPolicy policy(boolean monetary, Money perIncident, Long perDay, Set<String> roles) {
        RecoveryOption option = new RecoveryOption("Remove dish from bill", Map.of(), OptionType.COMP, monetary, NOW);
        return new RecoveryPolicy(option, 1, NOW, NOK, new RecoveryPolicy.Limits(perIncident, perDay, roles, Set.of(2L),
                null, null), "bistro-manager", NOW);
    }

    private static Recovery request(RecoveryPolicy policy, Money amount, Set<Limit> exceeded) {
        return new Recovery(7, 1, policy, amount, null, exceeded, "Regular guest", "bistro-frontline", NOW,
                Duration.ofHours(2));
    }

    private static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static final RecoveryPolicy COMPS = policy(true, Money.parse("350", NOK), 150_000L, Set.of("manager", "frontline"));

    @Test
    void overThePerIncidentLimitSaysTheLimitAndByHowMuch_inTheTenantsCurrencyAndTheReadersLanguage() {
        Recovery over = request(COMPS, Money.parse("500", NOK), EnumSet.of(Limit.PER_INCIDENT));
        assertEquals(List.of("Over grensen per hendelse på kr 350,00 med kr 150,00."),
                LimitTexts.exceeded(over, COMPS, true, "Grünerløkka", NB).stream().map(LimitTextsTest::plain).toList());
        assertEquals(List.of("Over the per-incident limit of NOK350.00 by NOK150.00."),
                LimitTexts.exceeded(over, COMPS, true, "Grünerløkka", Locale.ENGLISH).stream().map(LimitTextsTest::plain).toList());
    }

    @Test
    void everyExceededLimitHasItsOwnSentence_inTheOrderOfTheLimits() {
        RecoveryPolicy managersOnly = policy(true, Money.parse("350", NOK), 150_000L, Set.of("manager"));
        Recovery over = request(managersOnly, Money.parse("1600.50", NOK), EnumSet.allOf(Limit.class));
        assertEquals(List.of("Over the per-incident limit of NOK350.00 by NOK1,250.50.",
                        "Over the limit of NOK1,500.00 per staff member and day.",
                        "Only managers may grant this option without approval.",
                        "This option is not pre-approved at Grünerløkka."),
                LimitTexts.exceeded(over, managersOnly, true, "Grünerløkka", Locale.ENGLISH).stream().map(LimitTextsTest::plain).toList());
    }

    @Test
    void anOptionWithoutMoneyCountsGrantsPerDay() {
        RecoveryPolicy desserts = policy(false, null, 10L, Set.of("frontline"));
        Recovery over = request(desserts, null, EnumSet.of(Limit.PER_DAY));
        assertEquals(List.of("Over the limit of 10 grants per staff member and day."),
                LimitTexts.exceeded(over, desserts, false, "Oslo", Locale.ENGLISH));
        assertEquals("Frontline staff may grant 10 times per staff member and day without approval.",
                LimitTexts.rule(desserts, false, Locale.ENGLISH));
    }

    @Test
    void whoMayGrantHowMuchReadsAsOneSentence() {
        assertEquals("Frontline staff and managers may grant up to NOK350.00 per incident and up to NOK1,500.00 per "
                + "staff member and day without approval.", plain(LimitTexts.rule(COMPS, true, Locale.ENGLISH)));
        assertEquals("Frontlinjeansatte og ledere kan gi opptil kr 350,00 per hendelse og opptil kr 1 500,00 per ansatt "
                + "og dag uten godkjenning.", plain(LimitTexts.rule(COMPS, true, NB)));
        assertEquals("Managers may grant it without approval, with no limit.",
                LimitTexts.rule(policy(true, null, null, Set.of("manager")), true, Locale.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "nb", "pl", "hr", "ru"})
    void everyLanguageFillsInEveryAmountAndName(String language) {
        Locale locale = Locale.forLanguageTag(language);
        Recovery over = request(COMPS, Money.parse("500", NOK), EnumSet.allOf(Limit.class));
        List<String> sentences = LimitTexts.exceeded(over, COMPS, true, "Grünerløkka", locale);
        assertEquals(4, sentences.size());
        String all = String.join(" ", sentences) + " " + LimitTexts.rule(COMPS, true, locale);
        assertFalse(all.contains("{") || all.contains("limit."), all);
        assertTrue(all.contains(Formats.money(Money.parse("350", NOK), locale)), all);
        assertTrue(all.contains(Formats.money(Money.parse("150", NOK), locale)), all);
        assertTrue(all.contains(Formats.money(Money.parse("1500", NOK), locale)), all);
        assertTrue(all.contains("Grünerløkka"), all);
    }
}
