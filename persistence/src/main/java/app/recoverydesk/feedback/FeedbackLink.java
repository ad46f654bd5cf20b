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
public class FeedbackLink extends TenantOwned {

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

    protected FeedbackLink() {
    }

    public FeedbackLink(long incidentId, String tokenHash, String language, Instant expiresAt, Instant now) {
        this.incidentId = incidentId;
        this.tokenHash = tokenHash;
        this.language = language;
        this.expiresAt = expiresAt;
        this.createdAt = now;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        usedAt = now;
    }

    public Long getIncidentId() { return incidentId; }
    public String getLanguage() { return language; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
}
