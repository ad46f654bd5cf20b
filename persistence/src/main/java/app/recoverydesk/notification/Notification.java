package app.recoverydesk.notification;

import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An in-app notice: to one staff member by name (a promise's owner), or to everyone of a role who works at the
 * case's location (managers assigned to no location work at all of them).
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.visible", query = "select n from Notification n where n.recipientUsername = :username "
        + "or (n.recipientRole in :roles and (:everywhere = true or n.locationId is null or n.locationId in :locations)) "
        + "order by n.createdAt desc, n.id desc")
@NamedQuery(name = "Notification.unread", query = "select n.id from Notification n where (n.recipientUsername = :username "
        + "or (n.recipientRole in :roles and (:everywhere = true or n.locationId is null or n.locationId in :locations))) "
        + "and not exists (select r from NotificationRead r where r.notificationId = n.id and r.username = :username) "
        + "order by n.createdAt desc")
@NamedQuery(name = "Notification.visibleById", query = "select count(n) from Notification n where n.id = :id and "
        + "(n.recipientUsername = :username "
        + "or (n.recipientRole in :roles and (:everywhere = true or n.locationId is null or n.locationId in :locations)))")
@NamedQuery(name = "Notification.isRead", query = "select count(r) from NotificationRead r "
        + "where r.notificationId = :id and r.username = :username")
@NamedQuery(name = "Notification.readOf", query = "select r.notificationId from NotificationRead r "
        + "where r.username = :username and r.notificationId in :ids")
public class Notification extends TenantOwned {

    public enum Kind { EXCEPTION_REQUESTED, APPROVAL_OVERDUE, PROMISE_OVERDUE, FEEDBACK_DISSATISFIED, APPROVAL_ASSIGNED }

    @Column(name = "recipient_role", updatable = false)
    private String recipientRole;

    @Column(name = "recipient_username", updatable = false)
    private String recipientUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(name = "incident_id", updatable = false)
    private Long incidentId;

    @Column(name = "recovery_id", updatable = false)
    private Long recoveryId;

    @Column(name = "promise_id", updatable = false)
    private Long promiseId;

    /** The location of the case, so that a location's managers get its notices. */
    @Column(name = "location_id", updatable = false)
    private Long locationId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Notification() {
    }

    private Notification(Kind kind, String recipientRole, String recipientUsername, Long incidentId, Long locationId,
                         Instant now) {
        this.kind = kind;
        this.recipientRole = recipientRole;
        this.recipientUsername = recipientUsername;
        this.incidentId = incidentId;
        this.locationId = locationId;
        this.createdAt = now;
    }

    /** A notice to everyone of {@code role} at the case's location. */
    public static Notification toRole(String role, Kind kind, Long incidentId, Long locationId, Instant now) {
        return new Notification(kind, role, null, incidentId, locationId, now);
    }

    /** A notice to one staff member. */
    public static Notification toPerson(String username, Kind kind, Long incidentId, Long locationId, Instant now) {
        return new Notification(kind, null, username, incidentId, locationId, now);
    }

    public Notification aboutRecovery(Long recoveryId) {
        this.recoveryId = recoveryId;
        return this;
    }

    public Notification aboutPromise(Long promiseId) {
        this.promiseId = promiseId;
        return this;
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
