package app.recoverydesk.event;

import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;

/**
 * A domain event as it waits in the outbox: written in the transaction of the change, so that it exists exactly
 * when the change does, and marked dispatched once every part that reacts to events has taken it.
 */
@Entity
@Table(name = "outbox_event")
@NamedQuery(name = "OutboxEvent.byIds", query = "select e from OutboxEvent e where e.id in :ids order by e.id")
public class OutboxEvent extends TenantOwned {

    /** Ids of events due for dispatch, oldest first, across tenants (the worker has no tenant). */
    public static final String DUE_SQL = "select id, tenant_id from outbox_event where dispatched_at is null "
            + "and next_attempt_at <= ? order by id limit ?";

    public static final int MAX_ERROR = 1000;

    @Column(name = "event_id", nullable = false, updatable = false)
    private String eventId;

    @Column(nullable = false, updatable = false)
    private String type;

    @Column(name = "incident_id", updatable = false)
    private Long incidentId;

    @Column(name = "location_id", updatable = false)
    private Long locationId;

    @Column(updatable = false)
    private String actor;

    /** The event as JSON, exactly as a webhook receives it. */
    @Column(nullable = false, updatable = false)
    private String payload;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "dispatched_at")
    private Instant dispatchedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    /** The parts that have taken the event, comma-separated. */
    @Column(name = "parts_done", nullable = false)
    private String partsDone = "";

    protected OutboxEvent() {
    }

    public OutboxEvent(String eventId, String type, Long incidentId, Long locationId, String actor, String payload,
                       Instant occurredAt) {
        this.eventId = eventId;
        this.type = type;
        this.incidentId = incidentId;
        this.locationId = locationId;
        this.actor = actor;
        this.payload = payload;
        this.occurredAt = occurredAt;
        this.nextAttemptAt = occurredAt;
    }

    public boolean isTakenBy(String part) {
        return Arrays.asList(partsDone.split(",")).contains(part);
    }

    /** One part has taken the event; once every part has, it is dispatched. */
    public void takenBy(String part, Collection<String> allParts, Instant now) {
        if (!isTakenBy(part)) {
            partsDone = partsDone.isEmpty() ? part : partsDone + "," + part;
        }
        if (dispatchedAt == null && allParts.stream().allMatch(this::isTakenBy)) {
            dispatchedAt = now;
            lastError = null;
        }
    }

    /** A hand-over that failed: tried again after {@code wait}. */
    public void failed(String error, Instant now, Duration wait) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
        nextAttemptAt = now.plus(wait);
    }

    public String getEventId() { return eventId; }
    public String getType() { return type; }
    public Long getIncidentId() { return incidentId; }
    public Long getLocationId() { return locationId; }
    public String getActor() { return actor; }
    public String getPayload() { return payload; }
    public Instant getOccurredAt() { return occurredAt; }
    public Instant getDispatchedAt() { return dispatchedAt; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
}
