package app.recoverydesk.promise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.Kind;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PromiseTest {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    /** "Call back by 15:00" at a restaurant in Oslo, in November (UTC+1). */
    static final Instant BY_THREE = ZonedDateTime.of(2026, 11, 25, 15, 0, 0, 0, OSLO).toInstant();

    static Promise promise(Instant due) {
        return new Promise(7, 1, " Call back ", " bistro-frontline ", due, "bistro-manager", NOW);
    }

    @Test
    void aNewPromiseIsOpenAndOwned() {
        Promise promise = promise(BY_THREE);
        assertEquals(PromiseStatus.OPEN, promise.getStatus());
        assertEquals("Call back", promise.getWhat());
        assertEquals("bistro-frontline", promise.getOwner());
        assertEquals(Instant.parse("2026-11-25T14:00:00Z"), promise.getDueAt());
        assertNull(promise.getKeptAt());
    }

    @Test
    void withoutAnOwnerAPromiseIsTheLocationsQueues() {
        assertNull(new Promise(7, 1, "Refund", "  ", BY_THREE, "m", NOW).getOwner());
        assertNull(new Promise(7, 1, "Refund", null, BY_THREE, "m", NOW).getOwner());
    }

    @Test
    void aPromiseNeedsWhatAndWhen() {
        assertThrows(NullPointerException.class, () -> new Promise(7, 1, null, null, BY_THREE, "m", NOW));
        assertThrows(NullPointerException.class, () -> new Promise(7, 1, "Refund", null, null, "m", NOW));
    }

    @Test
    void keptByTheDueTimeIsKeptAtTheDueTimeIncluded() {
        Promise early = promise(BY_THREE);
        early.keep(BY_THREE.minusSeconds(3600));
        assertEquals(PromiseStatus.KEPT, early.getStatus());
        assertEquals(BY_THREE.minusSeconds(3600), early.getKeptAt());
        Promise onTheDot = promise(BY_THREE);
        onTheDot.keep(BY_THREE);
        assertEquals(PromiseStatus.KEPT, onTheDot.getStatus());
    }

    @Test
    void keptAfterTheDueTimeIsLateEvenByANanosecond() {
        Promise promise = promise(BY_THREE);
        promise.keep(BY_THREE.plusNanos(1));
        assertEquals(PromiseStatus.LATE, promise.getStatus());
        assertEquals(BY_THREE.plusNanos(1), promise.getKeptAt());
    }

    @Test
    void aPromiseIsOverdueOnlyAfterItsDueTimeAndOnlyWhileOpen() {
        Promise promise = promise(BY_THREE);
        assertFalse(promise.isOverdue(BY_THREE));
        assertTrue(promise.isOverdue(BY_THREE.plusNanos(1)));
        promise.keep(BY_THREE.plusSeconds(60));
        assertFalse(promise.isOverdue(BY_THREE.plusSeconds(3600)), "a late promise was kept, it is not overdue any more");
        Promise broken = promise(BY_THREE);
        broken.breakWith("customer left");
        assertFalse(broken.isOverdue(BY_THREE.plusSeconds(3600)));
    }

    /** The due time is a moment, not a reading of the clock on the wall: 15:00 in Oslo is 14:00 in London. */
    @Test
    void dueAndKeptAreComparedAsMomentsWhateverTheTimeZoneOfWhoKeepsIt() {
        Promise keptInLondon = promise(BY_THREE);
        keptInLondon.keep(ZonedDateTime.of(2026, 11, 25, 14, 30, 0, 0, ZoneId.of("Europe/London")).toInstant());
        assertEquals(PromiseStatus.LATE, keptInLondon.getStatus(), "14:30 in London is 15:30 in Oslo");
        Promise keptInNewYork = promise(BY_THREE);
        keptInNewYork.keep(ZonedDateTime.of(2026, 11, 25, 8, 59, 0, 0, ZoneId.of("America/New_York")).toInstant());
        assertEquals(PromiseStatus.KEPT, keptInNewYork.getStatus(), "8:59 in New York is 14:59 in Oslo");
    }

    @Test
    void theHourTheClocksGoBackIsCountedOnce() {
        // 25 October 2026: in Oslo 03:00 summer time becomes 02:00 winter time, so 02:30 happens twice
        LocalDateTime halfPastTwo = LocalDateTime.of(2026, 10, 25, 2, 30);
        Instant firstHalfPastTwo = ZonedDateTime.ofLocal(halfPastTwo, OSLO, null).withEarlierOffsetAtOverlap().toInstant();
        Instant secondQuarterPastTwo = ZonedDateTime.ofLocal(LocalDateTime.of(2026, 10, 25, 2, 15), OSLO, null)
                .withLaterOffsetAtOverlap().toInstant();
        Promise promise = new Promise(7, 1, "Taxi home", null, firstHalfPastTwo, "m", firstHalfPastTwo.minusSeconds(7200));
        promise.keep(secondQuarterPastTwo);
        assertEquals(PromiseStatus.LATE, promise.getStatus(), "the second 02:15 comes 45 minutes after the first 02:30");
    }

    @Test
    void aBrokenPromiseKeepsItsReason() {
        Promise promise = promise(BY_THREE);
        promise.breakWith("the case was closed");
        assertEquals(PromiseStatus.BROKEN, promise.getStatus());
        assertEquals("the case was closed", promise.getBrokenReason());
        assertNull(promise.getKeptAt());
    }

    @Test
    void aPromiseHandedOverAnswersItsPreviousOwner() {
        Promise promise = promise(BY_THREE);
        assertEquals("bistro-frontline", promise.handOver(" bistro-manager "));
        assertEquals("bistro-manager", promise.getOwner());
        assertEquals("bistro-manager", promise.handOver(" "));
        assertNull(promise.getOwner(), "handed to the location's queue");
        assertNull(promise.handOver("bistro-frontline"));
    }

    @Test
    void aKeptLateOrBrokenPromiseChangesNoMore() {
        Promise kept = promise(BY_THREE);
        kept.keep(BY_THREE);
        Promise late = promise(BY_THREE);
        late.keep(BY_THREE.plusSeconds(1));
        Promise broken = promise(BY_THREE);
        broken.breakWith("cancelled");
        for (Promise closed : List.of(kept, late, broken)) {
            PromiseStatus status = closed.getStatus();
            Instant keptAt = closed.getKeptAt();
            closedRefuses(() -> closed.keep(BY_THREE.minusSeconds(60)));
            closedRefuses(() -> closed.breakWith("again"));
            closedRefuses(() -> closed.handOver("someone-else"));
            assertEquals(status, closed.getStatus());
            assertEquals(keptAt, closed.getKeptAt());
            assertEquals("bistro-frontline", closed.getOwner());
        }
        assertEquals("cancelled", broken.getBrokenReason());
    }

    private static void closedRefuses(Executable step) {
        BusinessException refused = assertThrows(PromiseClosedException.class, step);
        assertEquals(Kind.CONFLICT, refused.kind());
        assertEquals("promise.closed", refused.message().key());
    }
}
