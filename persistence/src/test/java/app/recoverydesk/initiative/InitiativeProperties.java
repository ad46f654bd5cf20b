package app.recoverydesk.initiative;

import static app.recoverydesk.initiative.InitiativeTest.NOW;
import static app.recoverydesk.initiative.InitiativeTest.TARGET;
import static app.recoverydesk.initiative.InitiativeTest.initiative;
import static app.recoverydesk.initiative.InitiativeTest.verifying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.recoverydesk.failure.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The gate "fix first, then announce" whatever the order in which people press the buttons. */
class InitiativeProperties {

    enum Step { START_FIXING, ADD_ITEM, COMPLETE_ITEMS, START_VERIFYING, VERIFY_DROPPED, VERIFY_SAME, BACK_TO_FIXING,
        ANNOUNCE, ANNOUNCE_BLANK, OVERRIDE, OVERRIDE_BLANK, ABANDON, ABANDON_BLANK, WAIT }

    private static final Set<InitiativeStatus> FINISHED = EnumSet.of(InitiativeStatus.ANNOUNCED, InitiativeStatus.ABANDONED);

    /** The moves the gate allows, an executive's override and abandoning aside. */
    private static final Map<InitiativeStatus, Set<InitiativeStatus>> ORDER = Map.of(
            InitiativeStatus.PROPOSED, EnumSet.of(InitiativeStatus.FIXING),
            InitiativeStatus.FIXING, EnumSet.of(InitiativeStatus.VERIFYING),
            InitiativeStatus.VERIFYING, EnumSet.of(InitiativeStatus.VERIFIED, InitiativeStatus.FIXING),
            InitiativeStatus.VERIFIED, EnumSet.of(InitiativeStatus.ANNOUNCED));

    @Property
    void whateverIsTriedTheOrderIsKeptAndEveryMoveIsRecorded(@ForAll @Size(max = 30) List<Step> steps) {
        Initiative initiative = initiative();
        List<InitiativeItem> items = new ArrayList<>();
        Instant now = NOW;
        boolean everVerified = false;
        for (Step step : steps) {
            now = now.plus(Duration.ofDays(step == Step.WAIT ? 20 : 1));
            InitiativeStatus before = initiative.getStatus();
            InitiativeEvent event = null;
            boolean override = false;
            try {
                switch (step) {
                    case START_FIXING -> event = initiative.startFixing("m", now);
                    case ADD_ITEM -> items.add(InitiativeTest.item("item " + items.size(), ItemKind.POLICY));
                    case COMPLETE_ITEMS -> {
                        for (InitiativeItem item : items) {
                            item.complete(null, now);
                        }
                    }
                    case START_VERIFYING -> event = initiative.startVerifying(items, null, "m", now);
                    case VERIFY_DROPPED -> event = initiative.verify(10, 0, "m", now);
                    case VERIFY_SAME -> event = initiative.verify(10, 10, "m", now);
                    case BACK_TO_FIXING -> event = initiative.backToFixing("again", "m", now);
                    case ANNOUNCE -> event = initiative.announce("Hot soup", "m", now);
                    case ANNOUNCE_BLANK -> event = initiative.announce(" ", "m", now);
                    case OVERRIDE -> {
                        override = true;
                        event = initiative.overrideAndAnnounce("Hot soup", "press", "exec", now);
                    }
                    case OVERRIDE_BLANK -> event = initiative.overrideAndAnnounce("Hot soup", "", "exec", now);
                    case ABANDON -> event = initiative.abandon("off the menu", "m", now);
                    case ABANDON_BLANK -> event = initiative.abandon(null, "m", now);
                    case WAIT -> { }
                }
            } catch (GateException | InvalidInputException refused) {
                assertEquals(before, initiative.getStatus(), step + " was refused and changed nothing");
                continue;
            }
            InitiativeStatus after = initiative.getStatus();
            if (event == null) {
                assertEquals(before, after, step + " is no move");
                continue;
            }
            assertTrue(!FINISHED.contains(before), "nothing moves an initiative once " + before);
            assertEquals(before, event.getFrom());
            assertEquals(after, event.getTo());
            if (override) {
                assertEquals(InitiativeStatus.ANNOUNCED, after);
                assertNotNull(initiative.getOverrideReason());
            } else if (after != InitiativeStatus.ABANDONED) {
                assertTrue(ORDER.get(before).contains(after), before + " → " + after + " is not in the order");
            }
            if (after == InitiativeStatus.VERIFIED) {
                everVerified = true;
                assertTrue(initiative.dropPercent() >= TARGET);
            }
            if (after == InitiativeStatus.VERIFYING) {
                assertTrue(items.stream().allMatch(InitiativeItem::isDone), "verifying with every item done");
                assertTrue(!initiative.getFixedAt().isAfter(now));
            }
        }
        if (initiative.getStatus() == InitiativeStatus.ANNOUNCED) {
            assertTrue(everVerified || initiative.getOverrideReason() != null,
                    "announced only once verified, or by an executive's written override");
            assertNotNull(initiative.getAnnouncement());
        }
    }

    @Property
    void aDropVerifiesExactlyWhenItReachesTheTarget(@ForAll @IntRange(min = 1, max = 100_000) int baseline,
                                                    @ForAll @IntRange(min = 0, max = 200_000) int after) {
        Initiative initiative = verifying();
        boolean reached = (long) (baseline - after) * 100 >= (long) TARGET * baseline;
        try {
            initiative.verify(baseline, after, "m", NOW);
        } catch (GateException refused) {
            assertEquals(false, reached, "refused though " + baseline + " → " + after + " reaches " + TARGET + " %");
            assertEquals(InitiativeStatus.VERIFYING, initiative.getStatus());
            return;
        }
        assertTrue(reached, "verified though " + baseline + " → " + after + " falls short of " + TARGET + " %");
        assertEquals(InitiativeStatus.VERIFIED, initiative.getStatus());
    }

    @Property
    void theDropIsTheWholePercentNeverMoreThanAHundred(@ForAll @IntRange(min = 1, max = 100_000) int baseline,
                                                       @ForAll @IntRange(min = 0, max = 100_000) int afterWithin) {
        int after = Math.min(afterWithin, baseline);
        Initiative initiative = verifying();
        try {
            initiative.verify(baseline, after, "m", NOW);
        } catch (GateException notEnough) {
            // the counts are recorded either way
        }
        int drop = initiative.dropPercent();
        assertTrue(drop >= 0 && drop <= 100);
        assertTrue(drop * (long) baseline <= (long) (baseline - after) * 100, "never rounded up");
        assertTrue((drop + 1) * (long) baseline > (long) (baseline - after) * 100, "less than one percent rounded away");
    }
}
