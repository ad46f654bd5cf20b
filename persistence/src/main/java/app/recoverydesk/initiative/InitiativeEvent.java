package app.recoverydesk.initiative;

import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One step of an initiative's history: who moved it, when, from which state to which, and why. */
@Entity
@Table(name = "initiative_event")
@NamedQuery(name = "InitiativeEvent.of", query = "select e from InitiativeEvent e where e.initiativeId = :initiativeId order by e.occurredAt, e.id")
public class InitiativeEvent extends TenantOwned implements Serializable {

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private Long initiativeId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false)
    private InitiativeStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false)
    private InitiativeStatus to;

    @Column(updatable = false)
    private String reason;

    /** An executive's announcement past the gate; the reason is then theirs for overriding it (V14). */
    @Column(name = "gate_override", nullable = false, updatable = false)
    private boolean gateOverride;

    protected InitiativeEvent() {
    }

    InitiativeEvent(long initiativeId, Instant at, String actor, InitiativeStatus from, InitiativeStatus to, String reason,
                    boolean gateOverride) {
        this.initiativeId = initiativeId;
        this.occurredAt = at;
        this.actor = actor;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.gateOverride = gateOverride;
    }

    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public InitiativeStatus getFrom() { return from; }
    public InitiativeStatus getTo() { return to; }
    public String getReason() { return reason; }
    public boolean isGateOverride() { return gateOverride; }
}
