package app.recoverydesk.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.failure.Kind;
import app.recoverydesk.failure.Message;
import app.recoverydesk.incident.RootCause;
import app.recoverydesk.tenancy.TenantOwned;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class InitiativeTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    static final int WINDOW_DAYS = 14;
    static final int TARGET = 30;

    /** A new initiative as the database returns it: with its id (its events name it). */
    static Initiative initiative() {
        Initiative initiative = new Initiative("Warm soup", "Soup served cold at lunch", "bistro-manager",
                RootCause.PROCESS, null, Set.of(), "half as many cold soups", TARGET, WINDOW_DAYS, "bistro-manager",
                NOW.minus(Duration.ofDays(60)));
        try {
            Field id = TenantOwned.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(initiative, 42L);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return initiative;
    }

    static InitiativeItem item(String title, ItemKind kind) {
        return new InitiativeItem(42, kind, title, null, LocalDate.of(2026, 12, 1), "bistro-manager");
    }

    static InitiativeItem done(String title, Instant at) {
        InitiativeItem item = item(title, ItemKind.SYSTEM_PROCESS);
        item.complete(null, at);
        return item;
    }

    static final Instant WORK_DONE = NOW.minus(Duration.ofDays(40));

    static Initiative fixing() {
        Initiative initiative = initiative();
        initiative.startFixing("bistro-manager", NOW.minus(Duration.ofDays(50)));
        return initiative;
    }

    /** Verifying, fixed when the work was done; the window after the fix ended 26 days ago. */
    static Initiative verifying() {
        Initiative initiative = fixing();
        initiative.startVerifying(List.of(done("Soup kept on the burner", WORK_DONE)), null, "bistro-manager",
                WORK_DONE.plusSeconds(60));
        return initiative;
    }

    static Initiative verified() {
        Initiative initiative = verifying();
        initiative.verify(10, 5, "bistro-manager", NOW);
        return initiative;
    }

    static Initiative announced() {
        Initiative initiative = verified();
        initiative.announce("Our soup is hot again", "bistro-manager", NOW);
        return initiative;
    }

    static Initiative abandoned() {
        Initiative initiative = fixing();
        initiative.abandon("the soup is off the menu", "bistro-manager", NOW);
        return initiative;
    }

    /** What the gate said was missing. */
    static List<Message> refusal(Executable step) {
        GateException refused = assertThrows(GateException.class, step);
        assertEquals(Kind.CONFLICT, refused.kind());
        assertEquals("initiative.gate", refused.message().key());
        assertEquals(List.of(refused.missing()), refused.message().args(), "the message carries what is missing");
        return refused.missing();
    }

    static Message invalid(Executable step, String field) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, step);
        assertEquals(Set.of(field), refused.fields().keySet());
        return refused.fields().get(field);
    }

    @Test
    void aNewInitiativeIsProposedAndItsCreationIsTheFirstStepOfItsHistory() {
        Initiative initiative = initiative();
        assertEquals(InitiativeStatus.PROPOSED, initiative.getStatus());
        InitiativeEvent created = initiative.created();
        assertNull(created.getFrom());
        assertEquals(InitiativeStatus.PROPOSED, created.getTo());
        assertEquals("bistro-manager", created.getActor());
        assertEquals(initiative.getCreatedAt(), created.getOccurredAt());
    }

    @Test
    void fixingStartsFromProposedOnly() {
        Initiative initiative = initiative();
        InitiativeEvent event = initiative.startFixing("bistro-owner", NOW);
        assertEquals(List.of(InitiativeStatus.PROPOSED, InitiativeStatus.FIXING), List.of(event.getFrom(), event.getTo()));
        assertEquals("bistro-owner", event.getActor());
        assertEquals(NOW, event.getOccurredAt());
        assertEquals(List.of(Message.of("gate.status", InitiativeStatus.PROPOSED, InitiativeStatus.FIXING)),
                refusal(() -> initiative.startFixing("bistro-owner", NOW)));
        assertEquals(List.of(Message.of("gate.status", InitiativeStatus.PROPOSED, InitiativeStatus.VERIFYING)),
                refusal(() -> verifying().startFixing("bistro-owner", NOW)));
    }

    @Test
    void verificationNeedsTheInitiativeToBeFixing() {
        Initiative proposed = initiative();
        assertEquals(List.of(Message.of("gate.status", InitiativeStatus.FIXING, InitiativeStatus.PROPOSED)),
                refusal(() -> proposed.startVerifying(List.of(done("x", WORK_DONE)), null, "m", NOW)));
        assertEquals(InitiativeStatus.PROPOSED, proposed.getStatus());
    }

    @Test
    void verificationNeedsAtLeastOneFixItem() {
        Initiative initiative = fixing();
        assertEquals(List.of(Message.of("gate.items")), refusal(() -> initiative.startVerifying(List.of(), null, "m", NOW)));
    }

    @Test
    void verificationNamesEveryFixItemNotDoneAndChangesNothing() {
        Initiative initiative = fixing();
        List<InitiativeItem> items = List.of(item("New burner", ItemKind.SYSTEM_PROCESS), done("Checklist", WORK_DONE),
                item("Train the kitchen", ItemKind.TRAINING));
        assertEquals(List.of(Message.of("gate.itemDone", "New burner"), Message.of("gate.itemDone", "Train the kitchen")),
                refusal(() -> initiative.startVerifying(items, null, "m", NOW)));
        assertEquals(InitiativeStatus.FIXING, initiative.getStatus());
        assertNull(initiative.getFixedAt());
    }

    @Test
    void everythingMissingIsSaidAtOnce() {
        assertEquals(List.of(Message.of("gate.status", InitiativeStatus.FIXING, InitiativeStatus.PROPOSED),
                        Message.of("gate.items")),
                refusal(() -> initiative().startVerifying(List.of(), null, "m", NOW)));
    }

    @Test
    void theFixTakesEffectWhenItsLastItemWasDone() {
        Initiative initiative = fixing();
        Instant first = WORK_DONE.minus(Duration.ofDays(3));
        InitiativeEvent event = initiative.startVerifying(List.of(done("a", WORK_DONE), done("b", first)), null,
                "bistro-manager", NOW);
        assertEquals(WORK_DONE, initiative.getFixedAt());
        assertEquals(InitiativeStatus.VERIFYING, initiative.getStatus());
        assertEquals(List.of(InitiativeStatus.FIXING, InitiativeStatus.VERIFYING), List.of(event.getFrom(), event.getTo()));
    }

    @Test
    void aFixDateMayBeGivenFromWhenTheWorkWasDoneUntilNow() {
        Initiative atTheWork = fixing();
        atTheWork.startVerifying(List.of(done("a", WORK_DONE)), WORK_DONE, "m", NOW);
        assertEquals(WORK_DONE, atTheWork.getFixedAt());
        Initiative rightNow = fixing();
        rightNow.startVerifying(List.of(done("a", WORK_DONE)), NOW, "m", NOW);
        assertEquals(NOW, rightNow.getFixedAt());
    }

    @Test
    void aFixDateBeforeTheWorkWasDoneIsRefused() {
        Initiative initiative = fixing();
        assertEquals(List.of(Message.of("gate.fixedAt.beforeWork", WORK_DONE)), refusal(() ->
                initiative.startVerifying(List.of(done("a", WORK_DONE)), WORK_DONE.minusSeconds(1), "m", NOW)));
        assertNull(initiative.getFixedAt());
    }

    @Test
    void aFixDateInTheFutureIsRefused() {
        Initiative initiative = fixing();
        assertEquals(List.of(Message.of("gate.fixedAt.future")), refusal(() ->
                initiative.startVerifying(List.of(done("a", WORK_DONE)), NOW.plusSeconds(1), "m", NOW)));
    }

    @Test
    void theWindowsBeforeAndAfterTheFixAreEquallyLong() {
        Initiative initiative = verifying();
        assertEquals(WORK_DONE.minus(Duration.ofDays(WINDOW_DAYS)), initiative.baselineFrom());
        assertEquals(WORK_DONE.plus(Duration.ofDays(WINDOW_DAYS)), initiative.afterUntil());
    }

    @Test
    void measuringWaitsForTheEndOfTheWindowAfterTheFix() {
        Initiative initiative = verifying();
        Instant end = initiative.afterUntil();
        assertEquals(List.of(Message.of("gate.window", end)), refusal(() -> initiative.requireMeasurable(end.minusNanos(1))));
        assertEquals(List.of(Message.of("gate.window", end)), refusal(() -> initiative.verify(10, 0, "m", end.minusNanos(1))));
        initiative.requireMeasurable(end);
        assertEquals(InitiativeStatus.VERIFIED, initiative.verify(10, 0, "m", end).getTo());
    }

    @Test
    void onlyAVerifyingInitiativeIsMeasured() {
        assertEquals(List.of(Message.of("gate.status", InitiativeStatus.VERIFYING, InitiativeStatus.FIXING)),
                refusal(() -> fixing().requireMeasurable(NOW)));
        assertEquals(List.of(Message.of("gate.status", InitiativeStatus.VERIFYING, InitiativeStatus.VERIFIED)),
                refusal(() -> verified().verify(10, 0, "m", NOW)));
    }

    @Test
    void aDropOfExactlyTheTargetVerifies() {
        Initiative initiative = verifying();
        InitiativeEvent event = initiative.verify(10, 7, "bistro-manager", NOW);
        assertEquals(InitiativeStatus.VERIFIED, initiative.getStatus());
        assertEquals(30, initiative.dropPercent());
        assertEquals(List.of(10, 7), List.of(initiative.getBaselineCount(), initiative.getAfterCount()));
        assertEquals(List.of(InitiativeStatus.VERIFYING, InitiativeStatus.VERIFIED), List.of(event.getFrom(), event.getTo()));
    }

    @Test
    void aSmallerDropKeepsItVerifyingAndSaysWhatWasMeasured() {
        Initiative initiative = verifying();
        assertEquals(List.of(Message.of("gate.drop", TARGET, 20)), refusal(() -> initiative.verify(10, 8, "m", NOW)));
        assertEquals(InitiativeStatus.VERIFYING, initiative.getStatus());
        assertEquals(List.of(10, 8), List.of(initiative.getBaselineCount(), initiative.getAfterCount()),
                "the counts are shown even when they fall short");
    }

    @Test
    void withVolumeForBothWindowsTheRatesDecideNotTheCounts() {
        // counts 10 → 10 (no drop), but the after window had twice the covers: 5.0000 → 2.5000 per 1,000, a 50 % drop
        Initiative byRate = verifying();
        byRate.verify(10, 10, new java.math.BigDecimal("5.0000"), new java.math.BigDecimal("2.5000"), "m", NOW);
        assertEquals(InitiativeStatus.VERIFIED, byRate.getStatus());
        assertEquals(50, byRate.dropPercent());
        assertTrue(byRate.isMeasuredByRate());
        // counts 10 → 5 would pass, but per 1,000 units it rose (business halved): refused, naming the rates
        Initiative rose = verifying();
        assertEquals(List.of(Message.of("gate.drop.rate", TARGET, -60, new java.math.BigDecimal("5.0000"),
                        new java.math.BigDecimal("8.0000"))),
                refusal(() -> rose.verify(10, 5, new java.math.BigDecimal("5.0000"), new java.math.BigDecimal("8.0000"), "m", NOW)));
        // one window without a rate: the counts decide, and the refusal says so by its key
        Initiative counted = verifying();
        assertEquals(List.of(Message.of("gate.drop", TARGET, 0)),
                refusal(() -> counted.verify(10, 10, new java.math.BigDecimal("5.0000"), null, "m", NOW)));
        assertFalse(counted.isMeasuredByRate());
    }

    @Test
    void theDropIsCountedInWholePercentRoundedDown() {
        Initiative initiative = verifying();
        // 3 → 2 is a drop of 33.3 %; a target of 30 % is met, and 29.9 % would not be
        initiative.verify(3, 2, "m", NOW);
        assertEquals(33, initiative.dropPercent());
        Initiative nearly = verifying();
        assertEquals(List.of(Message.of("gate.drop", TARGET, 29)), refusal(() -> nearly.verify(1000, 701, "m", NOW)));
    }

    @Test
    void millionsOfIncidentsDoNotOverflowTheDrop() {
        Initiative initiative = verifying();
        initiative.verify(30_000_000, 0, "m", NOW);
        assertEquals(100, initiative.dropPercent());
    }

    @Test
    void withoutIncidentsBeforeTheFixOrWithMoreAfterItThereIsNoDrop() {
        Initiative none = verifying();
        assertEquals(List.of(Message.of("gate.drop", TARGET, 0)), refusal(() -> none.verify(0, 0, "m", NOW)));
        Initiative worse = verifying();
        assertEquals(List.of(Message.of("gate.drop", TARGET, -50)), refusal(() -> worse.verify(10, 15, "m", NOW)));
        assertEquals(InitiativeStatus.VERIFYING, worse.getStatus());
    }

    @Test
    void aVerifyingInitiativeGoesBackToFixingWithOrWithoutAReason() {
        Initiative initiative = verifying();
        InitiativeEvent event = initiative.backToFixing("  the burner broke again ", "bistro-manager", NOW);
        assertEquals(InitiativeStatus.FIXING, initiative.getStatus());
        assertEquals("the burner broke again", event.getReason());
        assertNull(verifying().backToFixing(" ", "m", NOW).getReason());
        assertEquals(List.of(Message.of("gate.status", InitiativeStatus.VERIFYING, InitiativeStatus.VERIFIED)),
                refusal(() -> verified().backToFixing("why", "m", NOW)));
        Initiative tooLong = verifying();
        assertEquals(Message.of("text.tooLong", 1000), invalid(() -> tooLong.backToFixing("x".repeat(1001), "m", NOW), "reason"));
        assertEquals(InitiativeStatus.VERIFYING, tooLong.getStatus());
    }

    @Test
    void announcingNeedsVerificationAndAText() {
        Initiative initiative = verifying();
        assertEquals(List.of(Message.of("gate.verification", InitiativeStatus.VERIFYING), Message.of("gate.announcementText")),
                refusal(() -> initiative.announce(" ", "m", NOW)));
        assertEquals(List.of(Message.of("gate.verification", InitiativeStatus.VERIFYING)),
                refusal(() -> initiative.announce("Hot soup", "m", NOW)));
        Initiative verified = verified();
        assertEquals(List.of(Message.of("gate.announcementText")), refusal(() -> verified.announce(null, "m", NOW)));
        assertEquals(InitiativeStatus.VERIFIED, verified.getStatus());
        assertNull(verified.getAnnouncement());
    }

    @Test
    void aVerifiedInitiativeIsAnnouncedWithItsText() {
        Initiative initiative = verified();
        InitiativeEvent event = initiative.announce("  Our soup is hot again ", "bistro-manager", NOW);
        assertEquals(InitiativeStatus.ANNOUNCED, initiative.getStatus());
        assertEquals("Our soup is hot again", initiative.getAnnouncement());
        assertEquals(List.of(InitiativeStatus.VERIFIED, InitiativeStatus.ANNOUNCED), List.of(event.getFrom(), event.getTo()));
        assertNull(event.getReason());
        assertNull(initiative.getOverrideReason());
    }

    @Test
    void anAnnouncementFitsItsColumn() {
        verified().announce("x".repeat(Initiative.MAX_ANNOUNCEMENT), "m", NOW);
        Initiative initiative = verified();
        assertEquals(Message.of("text.tooLong", Initiative.MAX_ANNOUNCEMENT),
                invalid(() -> initiative.announce("x".repeat(Initiative.MAX_ANNOUNCEMENT + 1), "m", NOW), "announcement"));
        assertEquals(InitiativeStatus.VERIFIED, initiative.getStatus());
    }

    @Test
    void anExecutiveMayAnnounceFromAnyOpenStateWithAWrittenReason() {
        for (Initiative initiative : List.of(initiative(), fixing(), verifying(), verified())) {
            InitiativeStatus before = initiative.getStatus();
            InitiativeEvent event = initiative.overrideAndAnnounce(" Hot soup ", " press asked today ", "bistro-executive", NOW);
            assertEquals(InitiativeStatus.ANNOUNCED, initiative.getStatus(), "from " + before);
            assertEquals(before, event.getFrom());
            assertEquals("press asked today", event.getReason());
            assertTrue(event.isGateOverride(), "the history does not mark the override");
            assertEquals("bistro-executive", event.getActor());
            assertEquals("press asked today", initiative.getOverrideReason());
            assertEquals("Hot soup", initiative.getAnnouncement());
        }
    }

    @Test
    void anOverrideWithoutAReasonOrATextIsRefusedAndLeavesNothingBehind() {
        Initiative noReason = fixing();
        assertEquals(Message.of("initiative.override.reason"),
                invalid(() -> noReason.overrideAndAnnounce("Hot soup", "  ", "exec", NOW), "reason"));
        Initiative noText = fixing();
        assertEquals(Message.of("initiative.announcement.required"),
                invalid(() -> noText.overrideAndAnnounce(null, "press asked", "exec", NOW), "announcement"));
        for (Initiative refused : List.of(noReason, noText)) {
            assertEquals(InitiativeStatus.FIXING, refused.getStatus());
            assertNull(refused.getOverrideReason());
            assertNull(refused.getAnnouncement());
        }
    }

    @Test
    void anInitiativeIsAbandonedFromAnyOpenStateWithAReason() {
        for (Initiative initiative : List.of(initiative(), fixing(), verifying(), verified())) {
            InitiativeStatus before = initiative.getStatus();
            InitiativeEvent event = initiative.abandon(" soup is off the menu ", "bistro-manager", NOW);
            assertEquals(InitiativeStatus.ABANDONED, initiative.getStatus(), "from " + before);
            assertEquals(List.of(before, InitiativeStatus.ABANDONED), java.util.Arrays.asList(event.getFrom(), event.getTo()));
            assertEquals("soup is off the menu", event.getReason());
            assertEquals("soup is off the menu", initiative.getAbandonedReason());
        }
        Initiative initiative = fixing();
        assertEquals(Message.of("initiative.abandon.reason"), invalid(() -> initiative.abandon(null, "m", NOW), "reason"));
        assertEquals(InitiativeStatus.FIXING, initiative.getStatus());
    }

    @Test
    void anAnnouncedOrAbandonedInitiativeIsFinished() {
        for (Initiative finished : List.of(announced(), abandoned())) {
            InitiativeStatus status = finished.getStatus();
            Message open = Message.of("gate.open", status);
            assertEquals(List.of(open), refusal(() -> finished.abandon("why", "m", NOW)));
            assertEquals(List.of(open), refusal(() -> finished.overrideAndAnnounce("text", "why", "exec", NOW)));
            assertEquals(List.of(Message.of("gate.verification", status)), refusal(() -> finished.announce("text", "m", NOW)));
            assertEquals(List.of(Message.of("gate.status", InitiativeStatus.PROPOSED, status)),
                    refusal(() -> finished.startFixing("m", NOW)));
            assertEquals(List.of(Message.of("gate.status", InitiativeStatus.VERIFYING, status)),
                    refusal(() -> finished.backToFixing("why", "m", NOW)));
            assertEquals(status, finished.getStatus());
        }
    }

    @Test
    void theAnnouncementIsReadInTheReadersLanguageWhereTranslated() {
        Initiative initiative = announced();
        initiative.translateAnnouncement(Map.of("nb", "Suppen er varm igjen", "pl", " "));
        assertEquals("Suppen er varm igjen", initiative.announcementIn(java.util.Locale.forLanguageTag("nb")));
        assertEquals("Our soup is hot again", initiative.announcementIn(java.util.Locale.forLanguageTag("pl")));
        assertEquals("Our soup is hot again", initiative.announcementIn(java.util.Locale.ENGLISH));
    }
}
