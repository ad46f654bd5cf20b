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
 * One event handed to each part that reacts to events ({@link Part}), as the event's tenant: what a part does
 * (notices written, mails and webhook deliveries queued) commits together with the mark that it has taken the
 * event, or not at all. Usually every part takes it in one transaction; where one fails, that transaction rolls
 * back and each part tries again in a transaction of its own, so the failing one is written down and tried again
 * later, alone, and the others go on.
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
        try {
            me.handOver(id, tenantId, parts()); // one transaction instead of one per part: the usual case
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Handing event " + id + " to every part at once failed; now part by part", e);
        }
        for (String part : parts()) {
            try {
                me.handOver(id, tenantId, List.of(part));
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

    /** The event to those of {@code toParts} that have not taken it yet, in one transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void handOver(long id, long tenantId, List<String> toParts) {
        tenantContext.runAs(tenantId, () -> {
            OutboxEvent row = locked(id);
            if (row == null || row.getDispatchedAt() != null) {
                return; // another node has it, or had it
            }
            DomainEvent event = null;
            for (String part : toParts) {
                if (!row.isTakenBy(part)) {
                    event = event == null ? EventJson.read(row, tenantId) : event;
                    observers.select(new Part.Literal(part)).fire(event);
                    row.takenBy(part, parts(), clock.instant());
                }
            }
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
