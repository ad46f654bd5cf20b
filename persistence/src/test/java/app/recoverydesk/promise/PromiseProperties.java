package app.recoverydesk.promise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Kept, late or overdue, for any due time and any moment of this century. */
class PromiseProperties {

    private static final long YEAR_2000 = 946_684_800L, YEAR_2100 = 4_102_444_800L;

    @Provide
    Arbitrary<Instant> moments() {
        return Arbitraries.longs().between(YEAR_2000, YEAR_2100)
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
    }

    @Property
    void keptIsOnTimeExactlyWhenNotAfterTheDueTime(@ForAll("moments") Instant due, @ForAll("moments") Instant kept) {
        Promise promise = new Promise(7, 1, "Call back", null, due, "m", due.minusSeconds(60));
        promise.keep(kept);
        assertEquals(kept.isAfter(due) ? PromiseStatus.LATE : PromiseStatus.KEPT, promise.getStatus());
        assertEquals(kept, promise.getKeptAt());
    }

    @Property
    void anOpenPromiseIsOverdueExactlyAfterItsDueTime(@ForAll("moments") Instant due, @ForAll("moments") Instant now) {
        Promise promise = new Promise(7, 1, "Call back", null, due, "m", due.minusSeconds(60));
        assertEquals(now.isAfter(due), promise.isOverdue(now));
    }

    @Property
    void onceKeptNothingChangesAPromise(@ForAll("moments") Instant due, @ForAll("moments") Instant kept,
                                           @ForAll("moments") Instant later) {
        Promise promise = new Promise(7, 1, "Call back", "owner", due, "m", due.minusSeconds(60));
        promise.keep(kept);
        PromiseStatus status = promise.getStatus();
        assertThrows(PromiseClosedException.class, () -> promise.keep(later));
        assertThrows(PromiseClosedException.class, () -> promise.breakWith("no"));
        assertEquals(status, promise.getStatus());
        assertEquals(kept, promise.getKeptAt());
        assertEquals(false, promise.isOverdue(later));
    }
}
