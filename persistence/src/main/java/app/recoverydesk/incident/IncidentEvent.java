package app.recoverydesk.incident;

import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of an incident's audit trail: who changed what, when, from which value to which.
 * Append-only: nothing updates or deletes an event.
 */
@Entity
@Table(name = "incident_event")
@NamedQuery(name = "IncidentEvent.ofIncident",
        query = "select e from IncidentEvent e where e.incidentId = :incidentId order by e.occurredAt, e.id")
public class IncidentEvent extends TenantOwned implements Serializable {

    public enum Kind { CREATED, CHANGED, ATTACHED }


    @Column(name = "incident_id", nullable = false, updatable = false)
    private Long incidentId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Column(updatable = false)
    private String field;

    @Column(name = "from_value", updatable = false)
    private String fromValue;

    @Column(name = "to_value", updatable = false)
    private String toValue;

    protected IncidentEvent() {
    }

    private IncidentEvent(Incident incident, Instant at, String actor, Kind kind, String field, String from, String to) {
        this.incidentId = incident.getId();
        this.occurredAt = at;
        this.actor = actor;
        this.kind = kind;
        this.field = field;
        this.fromValue = from;
        this.toValue = to;
    }

    public static IncidentEvent created(Incident incident, String actor) {
        return new IncidentEvent(incident, incident.getCreatedAt(), actor, Kind.CREATED, "status", null,
                incident.getStatus().name());
    }

    /** A change of something on the case (a promise's owner, say): from which value to which. */
    public static IncidentEvent changedBy(Incident incident, Instant at, String actor, String field, String from, String to) {
        return changed(incident, at, actor, field, from, to);
    }

    static IncidentEvent changed(Incident incident, Instant at, String actor, String field, String from, String to) {
        return new IncidentEvent(incident, at, actor, Kind.CHANGED, field, clip(from), clip(to));
    }

    /** A change made by another part of the case (a recovery granted or decided), recorded on the timeline. */
    public static IncidentEvent recorded(Incident incident, Instant at, String actor, String field, String what) {
        return new IncidentEvent(incident, at, actor, Kind.CHANGED, field, null, clip(what));
    }

    public static IncidentEvent attached(Incident incident, Instant at, String actor, String fileName) {
        return new IncidentEvent(incident, at, actor, Kind.ATTACHED, "attachment", null, fileName);
    }

    private static String clip(String value) {
        return value == null || value.length() <= 2000 ? value : value.substring(0, 1999) + "…";
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Kind getKind() {
        return kind;
    }

    public String getField() {
        return field;
    }

    public String getFromValue() {
        return fromValue;
    }

    public String getToValue() {
        return toValue;
    }
}
