package app.recoverydesk.event;

import java.time.Instant;
import java.util.Map;

/**
 * Something that happened to a case or an initiative, as its observers receive it once the change has committed.
 * {@code id} is unique per event (a receiver that sees it twice has a duplicate); {@code payload} is the event's
 * JSON as webhooks get it; {@code data} is the same event's details for observers in the application.
 */
public record DomainEvent(String id, long tenantId, EventType type, Instant occurredAt, Long incidentId,
                          Long locationId, String actor, Map<String, Object> data, String payload) {

    public Object get(String key) {
        return data.get(key);
    }

    public String text(String key) {
        Object value = data.get(key);
        return value == null ? null : value.toString();
    }

    public Long number(String key) {
        Object value = data.get(key);
        return value instanceof Number n ? n.longValue() : null;
    }
}
