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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One event handed to each part that reacts to events ({@link Part}), as the event's tenant: what a part does
 * (notices written, mails and webhook deliveries queued) commits together with the mark that it has taken the
 * event, or not at all. Usually every part takes it in one transaction; where one fails, that transaction rolls
 * back and each part tries again in a transaction of its own, so the failing one is written down and tried again
 * later, alone, and the others go on. Under load, the events of one tenant that are due together are handed over
 * in one transaction as well ({@link #dispatchAll}); where that fails, each event goes its own way as above.
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

    /**
     * The (id, tenant id) rows, in their order: those of one tenant in one transaction (a session serves one tenant),
     * each alone where that fails. Never throws. When the outbox backs up (a restart, an outage, a busy minute), one
     * commit serves a batch rather than each event.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void dispatchAll(List<long[]> rows) {
        HandOver me = self.getBusinessObject(HandOver.class);
        Map<Long, List<Long>> byTenant = new LinkedHashMap<>();
        rows.forEach(row -> byTenant.computeIfAbsent(row[1], t -> new ArrayList<>()).add(row[0]));
        byTenant.forEach((tenantId, ids) -> {
            if (ids.size() > 1) {
                try {
                    me.handOver(ids, tenantId, parts());
                    return;
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "Handing " + ids.size() + " events over at once failed; now one by one", e);
                }
            }
            ids.forEach(id -> dispatch(id, tenantId));
        });
    }

    /** The event to those of {@code toParts} that have not taken it yet, in one transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void handOver(long id, long tenantId, List<String> toParts) {
        handOver(List.of(id), tenantId, toParts);
    }

    /** The events of one tenant to those of {@code toParts} that have not taken them yet, in one transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void handOver(List<Long> ids, long tenantId, List<String> toParts) {
        tenantContext.runAs(tenantId, () -> {
            for (OutboxEvent row : locked(ids)) { // those another node has are skipped
                if (row.getDispatchedAt() == null) { // or had
                    handOver(row, tenantId, toParts);
                }
            }
        });
    }

    private void handOver(OutboxEvent row, long tenantId, List<String> toParts) {
        DomainEvent event = EventJson.read(row, tenantId);
        for (String part : toParts) {
            if (!row.isTakenBy(part)) {
                observers.select(new Part.Literal(part)).fire(event);
                row.takenBy(part, parts(), clock.instant());
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(long id, long tenantId, String error) {
        tenantContext.runAs(tenantId, () -> locked(List.of(id))
                .forEach(row -> row.failed(error, clock.instant(), Backoff.after(row.getAttempts() + 1))));
    }

    private List<String> parts() {
        List<String> names = parts.names();
        if (names.isEmpty()) {
            throw new IllegalStateException("No part observes domain events");
        }
        return names;
    }

    /** Those of the rows that no other transaction holds (SKIP LOCKED) and still exist, locked, in id order. */
    private List<OutboxEvent> locked(List<Long> ids) {
        return em.createNamedQuery("OutboxEvent.byIds", OutboxEvent.class).setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .getResultList();
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
