package app.recoverydesk.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxEventTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final List<String> PARTS = List.of("notices", "staff-mail", "webhooks");

    @Test
    void anEventIsDispatchedOnceEveryPartHasTakenIt_aFailedPartIsTriedAgainAlone() {
        OutboxEvent event = new OutboxEvent("e", "case.resolved", 1L, 2L, "frank", "{}", NOW);
        event.takenBy("notices", PARTS, NOW);
        event.failed("staff-mail: ConnectException", NOW, Duration.ofSeconds(30));
        event.takenBy("webhooks", PARTS, NOW);
        assertNull(event.getDispatchedAt(), "dispatched while a part has not taken it");
        assertTrue(event.isTakenBy("notices") && event.isTakenBy("webhooks"));
        assertFalse(event.isTakenBy("staff-mail"));
        assertFalse(event.isTakenBy("mail"), "a part is known by its whole name");
        assertEquals(1, event.getAttempts());

        event.takenBy("staff-mail", PARTS, NOW.plusSeconds(30));
        event.takenBy("staff-mail", PARTS, NOW.plusSeconds(31));
        assertEquals(NOW.plusSeconds(30), event.getDispatchedAt());
        assertNull(event.getLastError());
    }
}
