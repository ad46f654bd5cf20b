package app.recoverydesk.audit;

import app.recoverydesk.audit.change.AuditedChange;
import app.recoverydesk.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes the audit log, in the transaction of the change it records, so an entry exists exactly when its change
 * does. Appends of one business are serialised on its head row, which keeps the chain of hashes unbroken.
 */
@Stateless
public class AuditLog {

    private static final String ENSURE_HEAD = "insert ignore into audit_head (tenant_id, seq, hash) values (?, 0, ?)";
    private static final String LOCK_HEAD = "select seq, hash from audit_head where tenant_id = ? for update";
    private static final String INSERT = "insert into audit_entry (tenant_id, seq, at, actor, kind, subject, from_value,"
            + " to_value, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String MOVE_HEAD = "update audit_head set seq = ?, hash = ? where tenant_id = ?";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantContext caller;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /**
     * Records a change of the caller's business by the caller: {@code kind} says what sort (e.g.
     * {@code location.renamed}), {@code subject} which thing (e.g. {@code location 3}), then the value before and after
     * (null where there was none). Never personal data of customers.
     */
    public AuditEntry record(String kind, String subject, String from, String to) {
        long tenantId = caller.tenantId().orElseThrow(() -> new IllegalStateException("No business to audit"));
        return append(tenantId, caller.username(), kind, subject, from, to);
    }

    /** As {@link #record}, for a change of {@code tenantId} by someone outside it (the platform's operator). */
    public AuditEntry recordFor(long tenantId, String kind, String subject, String from, String to) {
        // the operator belongs to no business: the request names them without one (else the principal, if any)
        String actor = actorOutsideTheTenant();
        return caller.runAs(tenantId, () -> append(tenantId, actor, kind, subject, from, to));
    }

    private String actorOutsideTheTenant() {
        try {
            return caller.username();
        } catch (IllegalStateException e) {
            return session.getCallerPrincipal().getName();
        }
    }

    /** Records a change fired as an event, in the transaction of the one who fired it. */
    public void on(@Observes AuditedChange change) {
        if (change.tenantId() == null) {
            record(change.kind(), change.subject(), change.from(), change.to());
        } else {
            recordFor(change.tenantId(), change.kind(), change.subject(), change.from(), change.to());
        }
    }

    private AuditEntry append(long tenantId, String actor, String kind, String subject, String from, String to) {
        em.createNativeQuery(ENSURE_HEAD).setParameter(1, tenantId).setParameter(2, AuditEntry.GENESIS).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> head = em.createNativeQuery(LOCK_HEAD).setParameter(1, tenantId).getResultList();
        long seq = ((Number) head.get(0)[0]).longValue();
        String prev = (String) head.get(0)[1];
        AuditEntry entry = new AuditEntry(seq, prev, clock.instant(), actor, kind, subject, from, to);
        // written by hand with its tenant: the session may belong to another (the operator's has none), and
        // Hibernate stamps an entity with the session's tenant, not the one of runAs; the time as stored, in UTC
        em.createNativeQuery(INSERT).setParameter(1, tenantId).setParameter(2, entry.getSeq())
                .setParameter(3, LocalDateTime.ofInstant(entry.getAt(), ZoneOffset.UTC)).setParameter(4, entry.getActor())
                .setParameter(5, entry.getKind()).setParameter(6, entry.getSubject()).setParameter(7, entry.getFromValue())
                .setParameter(8, entry.getToValue()).setParameter(9, entry.getPrevHash()).setParameter(10, entry.getHash())
                .executeUpdate();
        em.createNativeQuery(MOVE_HEAD).setParameter(1, entry.getSeq()).setParameter(2, entry.getHash())
                .setParameter(3, tenantId).executeUpdate();
        return entry;
    }
}
