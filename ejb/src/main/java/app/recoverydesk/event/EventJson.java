package app.recoverydesk.event;

import static app.recoverydesk.json.Jsons.JSON;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An event's JSON, the one shape webhooks receive and the outbox keeps, and the event read back from it. */
final class EventJson {

    private EventJson() {
    }

    static DomainEvent event(String id, long tenantId, EventType type, Instant at, Long incidentId, Long locationId,
                             String actor, Map<String, Object> data) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", id).add("type", type.wireName())
                .add("occurredAt", at.toString());
        add(json, "incidentId", incidentId);
        add(json, "locationId", locationId);
        add(json, "actor", actor);
        JsonObjectBuilder details = JSON.createObjectBuilder();
        data.forEach((key, value) -> add(details, key, value));
        String payload = json.add("data", details).build().toString();
        return new DomainEvent(id, tenantId, type, at, incidentId, locationId, actor,
                Collections.unmodifiableMap(data), payload);
    }

    /** The event as the outbox holds it. */
    static DomainEvent read(OutboxEvent row, long tenantId) {
        JsonObject json = JSON.createReader(new StringReader(row.getPayload())).readObject();
        Map<String, Object> data = new LinkedHashMap<>();
        json.getJsonObject("data").forEach((key, value) -> data.put(key, valueOf(value)));
        EventType type = EventType.ofWireName(row.getType())
                .orElseThrow(() -> new IllegalStateException("Unknown event type " + row.getType()));
        return new DomainEvent(row.getEventId(), tenantId, type, row.getOccurredAt(), row.getIncidentId(),
                row.getLocationId(), row.getActor(), Collections.unmodifiableMap(data), row.getPayload());
    }

    private static void add(JsonObjectBuilder json, String key, Object value) {
        if (value == null) {
            json.addNull(key);
        } else if (value instanceof Boolean b) {
            json.add(key, b);
        } else if (value instanceof Integer || value instanceof Long) {
            json.add(key, ((Number) value).longValue());
        } else if (value instanceof BigDecimal d) {
            json.add(key, d);
        } else {
            json.add(key, value.toString()); // instants, enums, money: their ISO or plain text form
        }
    }

    private static Object valueOf(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue()
                    : ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> null;
        };
    }
}
