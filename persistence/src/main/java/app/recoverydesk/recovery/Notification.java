package app.recoverydesk.recovery;

import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An in-app notice to everyone of a role in the tenant: an exception to decide, an overdue escalation. */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.forRoles", query = "select n from Notification n where n.recipientRole in :roles "
        + "or n.recipientUsername = :username order by n.createdAt desc")
public class Notification extends TenantOwned {

    public enum Kind { EXCEPTION_REQUESTED, APPROVAL_OVERDUE, PROMISE_OVERDUE, FEEDBACK_DISSATISFIED }


    @Column(name = "recipient_role", updatable = false)
    private String recipientRole;

    @Column(name = "recipient_username", updatable = false)
    private String recipientUsername;

    @Column(name = "promise_id", updatable = false)
    private Long promiseId;

    /** The location of the case, so that a location's managers get its notices. */
    @Column(name = "location_id", updatable = false)
    private Long locationId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "incident_id", updatable = false)
    private Long incidentId;

    @Column(name = "recovery_id", updatable = false)
    private Long recoveryId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Notification() {
    }

    public Notification(String recipientRole, Kind kind, Recovery recovery, Instant now) {
        this.recipientRole = recipientRole;
        this.kind = kind;
        this.incidentId = recovery.getIncidentId();
        this.recoveryId = recovery.getId();
        this.locationId = recovery.getLocationId();
        this.createdAt = now;
    }

    /** A notice to one staff member (a promise's owner) or to a role, about an overdue promise. */
    public Notification(String recipientUsername, String recipientRole, long incidentId, long promiseId, long locationId,
                        Instant now) {
        this.locationId = locationId;
        this.recipientUsername = recipientUsername;
        this.recipientRole = recipientRole;
        this.kind = Kind.PROMISE_OVERDUE;
        this.incidentId = incidentId;
        this.promiseId = promiseId;
        this.createdAt = now;
    }

    /** A notice to a role about a case (a dissatisfied customer's answer, say). */
    public static Notification aboutIncident(String recipientRole, Kind kind, long incidentId, long locationId, Instant now) {
        Notification n = new Notification();
        n.locationId = locationId;
        n.recipientRole = recipientRole;
        n.kind = kind;
        n.incidentId = incidentId;
        n.createdAt = now;
        return n;
    }

    public String getRecipientRole() { return recipientRole; }
    public String getRecipientUsername() { return recipientUsername; }
    public Long getPromiseId() { return promiseId; }
    public Long getLocationId() { return locationId; }
    public Kind getKind() { return kind; }
    public Long getIncidentId() { return incidentId; }
    public Long getRecoveryId() { return recoveryId; }
    public Instant getCreatedAt() { return createdAt; }
}
