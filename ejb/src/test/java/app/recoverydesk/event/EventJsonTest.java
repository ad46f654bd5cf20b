package app.recoverydesk.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    @Test
    void theOutboxGivesObserversBackWhatWasPublished() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("recoveryId", 42L);
        data.put("approved", true);
        data.put("amount", "1760.50");
        data.put("rate", new BigDecimal("0.25"));
        data.put("owner", null);
        data.put("dueAt", Instant.parse("2026-12-01T10:15:30Z"));
        DomainEvent published = EventJson.event("e-1", 7, EventType.RECOVERY_DECIDED,
                Instant.parse("2026-12-01T10:00:00Z"), 12L, 3L, "bistro-manager", data);
        assertEquals("{\"id\":\"e-1\",\"type\":\"recovery.decided\",\"occurredAt\":\"2026-12-01T10:00:00Z\","
                + "\"incidentId\":12,\"locationId\":3,\"actor\":\"bistro-manager\",\"data\":{\"recoveryId\":42,"
                + "\"approved\":true,\"amount\":\"1760.50\",\"rate\":0.25,\"owner\":null,"
                + "\"dueAt\":\"2026-12-01T10:15:30Z\"}}", published.payload());

        OutboxEvent row = new OutboxEvent("e-1", "recovery.decided", 12L, 3L, "bistro-manager", published.payload(),
                published.occurredAt());
        DomainEvent read = EventJson.read(row, 7);
        assertEquals(EventType.RECOVERY_DECIDED, read.type());
        assertEquals(42L, read.number("recoveryId"));
        assertEquals(Boolean.TRUE, read.get("approved"));
        assertEquals("1760.50", read.text("amount"));
        assertEquals(new BigDecimal("0.25"), read.get("rate"));
        assertEquals(null, read.text("owner"));
        assertEquals("2026-12-01T10:15:30Z", read.text("dueAt"));
        assertEquals(published.payload(), read.payload());
    }

    @Test
    void everyTypeHasItsOwnWireName() {
        for (EventType type : EventType.values()) {
            assertEquals(type, EventType.ofWireName(type.wireName()).orElseThrow());
            assertTrue(type.wireName().matches("[a-z]+\\.[a-z]+"), type.wireName());
        }
    }

    @Test
    void aFailedDeliveryWaitsLongerEachTimeUpToAnHour() {
        assertEquals(Backoff.FIRST, Backoff.after(1));
        assertEquals(Backoff.FIRST.multipliedBy(2), Backoff.after(2));
        assertEquals(Backoff.FIRST.multipliedBy(8), Backoff.after(4));
        assertEquals(Duration.ofHours(1), Backoff.after(40));
        assertEquals(Duration.ofHours(1), Backoff.after(Integer.MAX_VALUE));
    }
}
