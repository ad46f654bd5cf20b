package app.recoverydesk.event;

import app.recoverydesk.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One event handed to each part that reacts to events ({@link Part}), each part in a transaction of its own, as
 * the event's tenant: what the part does (notices written, mails and webhook deliveries queued) commits together
 * with the mark that it has taken the event, or not at all. A part that fails is written down and tried again
 * later, alone; the others go on.
 */
@Stateless
public class HandOver {

    private static final Logger LOG = Logger.getLogger(HandOver.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantContext tenantContext;

    @Inject
    @Any
    private Event<DomainEvent> observers;

    @Inject
    private Parts parts;

    @Resource
    private SessionContext self;

    @Inject
    private Clock clock;

    /** Never throws: a failed part is written down for the next try. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void dispatch(long id, long tenantId) {
        HandOver me = self.getBusinessObject(HandOver.class);
        for (String part : parts()) {
            try {
                me.handOver(id, tenantId, part);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Handing event " + id + " to " + part + " failed; it is tried again", e);
                try {
                    me.recordFailure(id, tenantId, part + ": " + rootCause(e));
                } catch (RuntimeException again) {
                    LOG.log(Level.WARNING, "Could not record the failure of event " + id, again);
                }
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void handOver(long id, long tenantId, String part) {
        tenantContext.runAs(tenantId, () -> {
            OutboxEvent row = locked(id);
            if (row == null || row.getDispatchedAt() != null || row.isTakenBy(part)) {
                return; // another node has it, or had it
            }
            observers.select(new Part.Literal(part)).fire(EventJson.read(row, tenantId));
            row.takenBy(part, parts(), clock.instant());
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

    private List<String> parts() {
        List<String> names = parts.names();
        if (names.isEmpty()) {
            throw new IllegalStateException("No part observes domain events");
        }
        return names;
    }

    /** The row, locked; null where another transaction holds it (SKIP LOCKED) or it is gone. */
    private OutboxEvent locked(long id) {
        return em.createNamedQuery("OutboxEvent.byId", OutboxEvent.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .getResultStream().findFirst().orElse(null);
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
