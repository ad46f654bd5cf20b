package app.recoverydesk.mail;

import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One mail to one recipient as it waits in the mail outbox: written in the transaction of the change that causes
 * it, so that it exists exactly when the change does, and sent by a worker after that has committed. A mail that
 * carries a customer's live feedback link loses its body once sent: the database keeps no working link.
 */
@Entity
@Table(name = "outbound_mail")
@NamedQuery(name = "OutboundMail.byId", query = "select m from OutboundMail m where m.id = :id")
@NamedQuery(name = "OutboundMail.ofIncident", query = "select m from OutboundMail m where m.incidentId = :incidentId "
        + "and m.purpose in :purposes order by m.id")
public class OutboundMail extends TenantOwned {

    /** Ids of mails due for a try, oldest first, across tenants (the worker has no tenant). */
    public static final String DUE_SQL = "select id, tenant_id from outbound_mail where status = 'PENDING' "
            + "and next_attempt_at <= ? order by id limit ?";

    public static final int MAX_ERROR = 1000;
    public static final int MAX_SUBJECT = 500;

    @Column(name = "incident_id", updatable = false)
    private Long incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MailPurpose purpose;

    @Column(nullable = false, updatable = false)
    private String recipient;

    /** The display name of the sender: the business's name. */
    @Column(name = "sender_name", nullable = false, updatable = false)
    private String senderName;

    @Column(nullable = false, updatable = false)
    private String subject;

    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboundMail() {
    }

    public OutboundMail(Long incidentId, MailPurpose purpose, String recipient, String senderName, String subject,
                        String body, Instant now) {
        this.incidentId = incidentId;
        this.purpose = purpose;
        this.recipient = recipient;
        this.senderName = senderName;
        this.subject = subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
        this.body = body;
        this.status = MailStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Taken by a worker: no other worker tries it until {@code lease} has passed (a crash mid-send tries again). */
    public void claim(Instant now, Duration lease) {
        nextAttemptAt = now.plus(lease);
    }

    public void sent(Instant now) {
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
        if (purpose.toCustomer()) {
            body = null;
        }
    }

    /** Refused for good (an address the server will never take): no retry. */
    public void bounced(String error) {
        attempts++;
        status = MailStatus.BOUNCED;
        lastError = clip(error);
    }

    /** A try that failed: tried again after {@code wait}, or given up once {@code giveUpAfter} has passed. */
    public void failed(String error, Instant now, Duration wait, Duration giveUpAfter) {
        attempts++;
        lastError = clip(error);
        if (!now.isBefore(createdAt.plus(giveUpAfter))) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(wait);
        }
    }

    /** Waiting for another try after a failed one. */
    public boolean isRetrying() {
        return status == MailStatus.PENDING && attempts > 0;
    }

    private static String clip(String error) {
        return error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
    }

    public Long getIncidentId() { return incidentId; }
    public MailPurpose getPurpose() { return purpose; }
    public String getRecipient() { return recipient; }
    public String getSenderName() { return senderName; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public MailStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
}
