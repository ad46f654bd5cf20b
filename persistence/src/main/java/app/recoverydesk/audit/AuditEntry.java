package app.recoverydesk.audit;

import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One entry of a business's audit log: who, when, what (kind and subject), from which value to which. Never
 * changed once written (every column is insert-only); its hash covers its own fields and the previous entry's hash.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.inOrder", query = "select e from AuditEntry e where e.seq > :after order by e.seq")
public class AuditEntry extends TenantOwned implements Serializable {

    /** The hash before a business's first entry. */
    public static final String GENESIS = AuditChain.GENESIS;
    public static final int MAX_VALUE = 4000;

    @Column(nullable = false, updatable = false)
    private long seq;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "from_value", updatable = false)
    private String fromValue;

    @Column(name = "to_value", updatable = false)
    private String toValue;

    @Column(name = "prev_hash", nullable = false, updatable = false)
    private String prevHash;

    @Column(nullable = false, updatable = false)
    private String hash;

    protected AuditEntry() {
    }

    /**
     * The entry after the one with {@code prevSeq} and {@code prevHash}; the time kept to the second, as it is stored:
     * the JDBC driver takes MariaDB for MySQL 5.5 (it reports "5.5.5-10.11…") and drops fractions of a second when it
     * sends a time, so a hash over microseconds would never match the row again. The seq orders entries anyway.
     */
    public AuditEntry(long prevSeq, String prevHash, Instant at, String actor, String kind, String subject,
                      String fromValue, String toValue) {
        this.seq = prevSeq + 1;
        this.prevHash = prevHash;
        this.at = at.truncatedTo(ChronoUnit.SECONDS);
        this.actor = actor;
        this.kind = kind;
        this.subject = clip(subject, 255);
        this.fromValue = clip(fromValue, MAX_VALUE);
        this.toValue = clip(toValue, MAX_VALUE);
        this.hash = computedHash();
    }

    /**
     * The hash its fields and its predecessor's hash give now; differs from {@link #getHash()} if a field changed.
     * What it covers is defined once, in {@link AuditChain#hashedText}.
     */
    public String computedHash() {
        return AuditChain.hash(seq, at, actor, kind, subject, fromValue, toValue, prevHash);
    }

    /** The entry as a link of its business's chain, as stored. */
    public AuditChain.Link link() {
        return new AuditChain.Link(getId() == null ? 0 : getId(), seq, at, actor, kind, subject, fromValue, toValue,
                prevHash, hash);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public long getSeq() { return seq; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getKind() { return kind; }
    public String getSubject() { return subject; }
    public String getFromValue() { return fromValue; }
    public String getToValue() { return toValue; }
    public String getPrevHash() { return prevHash; }
    public String getHash() { return hash; }
}
