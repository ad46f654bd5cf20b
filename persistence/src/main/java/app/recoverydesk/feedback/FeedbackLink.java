package app.recoverydesk.feedback;

import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A customer's way to answer "did it work?": single use, expiring, and known here only by the hash of its
 * token, so that a copy of the database gives no working links.
 */
@Entity
@Table(name = "feedback_link")
@NamedQuery(name = "FeedbackLink.byHash", query = "select l from FeedbackLink l where l.tokenHash = :hash")
@NamedQuery(name = "FeedbackLink.byId", query = "select l from FeedbackLink l where l.id = :id")
@NamedQuery(name = "FeedbackLink.ofIncident", query = "select l from FeedbackLink l where l.incidentId = :incidentId")
public class FeedbackLink extends TenantOwned {

    /**
     * Links due for their one reminder, across tenants (the sweep has no tenant): unanswered, unexpired, not reminded,
     * older than their business's reminder days (none where that is 0), with no answer on their case. Parameters: now,
     * now, the most to read.
     */
    public static final String DUE_FOR_REMINDER_SQL = "select l.id, l.tenant_id from feedback_link l "
            + "join tenant t on t.id = l.tenant_id "
            + "where l.used_at is null and l.reminded_at is null and l.expires_at > ? and t.status = 'ACTIVE' "
            + "and t.feedback_reminder_days > 0 and l.created_at <= timestampadd(DAY, -t.feedback_reminder_days, ?) "
            + "and not exists (select 1 from feedback f where f.tenant_id = l.tenant_id and f.incident_id = l.incident_id) "
            + "order by l.id limit ?";

    /** The token's tenant, read before any tenant is known (the token is the customer's only credential). */
    public static final String TENANT_BY_HASH_SQL = "select tenant_id from feedback_link where token_hash = ?";

    @Column(name = "incident_id", nullable = false, updatable = false)
    private Long incidentId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** When the customer was reminded of this link, or when this link was made for a reminder. */
    @Column(name = "reminded_at")
    private Instant remindedAt;

    protected FeedbackLink() {
    }

    public FeedbackLink(long incidentId, String tokenHash, String language, Instant expiresAt, Instant now) {
        this.incidentId = incidentId;
        this.tokenHash = tokenHash;
        this.language = language;
        this.expiresAt = expiresAt;
        this.createdAt = now;
    }

    /** A second link for the same case, sent with the reminder; it expires when the first does. */
    public FeedbackLink reminder(String tokenHash, Instant now) {
        remindedAt = now;
        FeedbackLink second = new FeedbackLink(incidentId, tokenHash, language, expiresAt, now);
        second.remindedAt = now;
        return second;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        usedAt = now;
    }

    /** Used up by an answer through another link of the same case: the customer answers once. */
    public void retire(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Long getIncidentId() { return incidentId; }
    public String getLanguage() { return language; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getRemindedAt() { return remindedAt; }
}
