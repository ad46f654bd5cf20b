package app.recoverydesk.event;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A {@code webhook.test} event, in the same JSON shape as every other event, for the one endpoint an admin asked
 * to test. It does not go through the outbox: no observer but that endpoint's delivery ever sees it.
 */
public final class TestEvent {

    private TestEvent() {
    }

    public static DomainEvent forEndpoint(long tenantId, long endpointId, String actor, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("endpointId", endpointId);
        return EventJson.event(UUID.randomUUID().toString(), tenantId, EventType.WEBHOOK_TEST, at, null, null, actor,
                data);
    }
}
