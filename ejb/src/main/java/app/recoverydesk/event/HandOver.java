package app.recoverydesk.event;

import app.recoverydesk.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One event handed to its observers in one transaction of its own, as the event's tenant: the observers' work
 * (notices, mails and webhook deliveries queued) and the mark "dispatched" commit together or not at all, so an
 * event is never handed over halfway. A failure is recorded on the row and tried again later.
 */
@Stateless
public class HandOver {

    private static final Logger LOG = Logger.getLogger(HandOver.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private Event<DomainEvent> observers;

    @Resource
    private SessionContext self;

    @Inject
    private Clock clock;

    /** Never throws: a failed hand-over is written down for the next try. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void dispatch(long id, long tenantId) {
        HandOver me = self.getBusinessObject(HandOver.class);
        try {
            me.handOver(id, tenantId);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            LOG.log(Level.WARNING, "Handing over event " + id + " failed; it is tried again", e);
            try {
                me.recordFailure(id, tenantId, cause.getClass().getSimpleName() + ": " + cause.getMessage());
            } catch (RuntimeException again) {
                LOG.log(Level.WARNING, "Could not record the failure of event " + id, again);
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void handOver(long id, long tenantId) {
        tenantContext.runAs(tenantId, () -> {
            OutboxEvent row = locked(id);
            if (row == null || row.getDispatchedAt() != null) {
                return; // another node has it, or had it
            }
            observers.fire(EventJson.read(row, tenantId));
            row.dispatched(clock.instant());
        });
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(long id, long tenantId, String error) {
        tenantContext.runAs(tenantId, () -> {
            OutboxEvent row = locked(id);
            if (row != null) {
                row.failed(error, clock.instant(), Backoff.after(row.getAttempts() + 1));
            }
        });
    }

    /** The row, locked; null where another transaction holds it (SKIP LOCKED) or it is gone. */
    private OutboxEvent locked(long id) {
        return em.createNamedQuery("OutboxEvent.byId", OutboxEvent.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .getResultStream().findFirst().orElse(null);
    }
}
