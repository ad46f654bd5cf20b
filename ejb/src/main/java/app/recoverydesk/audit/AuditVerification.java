package app.recoverydesk.audit;

import app.recoverydesk.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Checks the caller's business's audit log: walks its entries by sequence number, a batch at a time, recomputes each
 * one's hash and its link to the one before, and compares the last with the business's head. The walk itself is
 * {@link AuditChain.Walk}, the same that {@code scripts/verify-audit.sh} runs against the database.
 */
@Stateless
public class AuditVerification {

    static final int BATCH = 500;

    /** Intact ({@code broken} empty) with the number of entries checked, or the first broken link. */
    public record Result(long entries, Optional<AuditChain.Break> broken) {
        public boolean intact() {
            return broken.isEmpty();
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantContext caller;

    public Result verify() {
        long tenantId = caller.tenantId().orElseThrow(() -> new IllegalStateException("No business to verify"));
        AuditChain.Walk walk = new AuditChain.Walk();
        long after = 0;
        while (true) {
            List<AuditEntry> batch = em.createNamedQuery("AuditEntry.inOrder", AuditEntry.class)
                    .setParameter("after", after).setMaxResults(BATCH).getResultList();
            for (AuditEntry entry : batch) {
                Optional<AuditChain.Break> broken = walk.next(entry.link());
                if (broken.isPresent()) {
                    return new Result(walk.count(), broken);
                }
                after = entry.getSeq();
            }
            em.clear(); // read only: nothing of the walk stays managed
            if (batch.size() < BATCH) {
                break;
            }
        }
        // audit_head is no entity (no tenant filter): it is read by the caller's own tenant id
        @SuppressWarnings("unchecked")
        List<Object[]> head = em.createNativeQuery("select seq, hash from audit_head where tenant_id = ?")
                .setParameter(1, tenantId).getResultList();
        Long headSeq = head.isEmpty() ? null : ((Number) head.get(0)[0]).longValue();
        String headHash = head.isEmpty() ? null : (String) head.get(0)[1];
        return new Result(walk.count(), walk.end(headSeq, headHash));
    }
}
