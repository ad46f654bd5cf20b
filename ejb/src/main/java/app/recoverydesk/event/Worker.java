package app.recoverydesk.event;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/**
 * What the outbox, mail and webhook workers have in common: a pass over what is due, started at once after a
 * commit that queued work ({@link #nudge()}, on another thread) and every 5 s for what is due again (a failed try,
 * a restart in between); one pass at a time on a node. Two nodes may still pass at once (one's nudge, the other's
 * sweep): each row is taken under a lock, and a mail or webhook delivery also by a lease, before its work. A subclass is a {@code @Singleton} with bean-managed
 * concurrency whose after-commit observer calls {@link #nudgeSoon()}.
 */
public abstract class Worker {

    @Resource(lookup = "java:jboss/datasources/RecoveryDS")
    private DataSource dataSource;

    @Resource
    private SessionContext self;

    @Inject
    private Clock clock;

    private final Drain drain = new Drain();

    /** One pass over what is due. */
    protected abstract void pass();

    /** Whether the worker has anything to do at all (mail: only where sending is set up). */
    protected boolean enabled() {
        return true;
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nudge() {
        drain.run(this::pass);
    }

    /** Persistent, so that a cluster sweeps on one node; a nudge runs on the node that committed. */
    @Schedule(hour = "*", minute = "*", second = "*/5")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        if (enabled()) {
            drain.run(this::pass);
        }
    }

    /** Starts a pass on another thread, through the container (so that it is asynchronous), unless one runs. */
    protected void nudgeSoon() {
        if (!drain.ask()) {
            return; // the running pass looks once more
        }
        Class<?> bean = getClass();
        while (!bean.isAnnotationPresent(Singleton.class)) {
            bean = bean.getSuperclass(); // past any subclass the container made
        }
        self.getBusinessObject(bean.asSubclass(Worker.class)).nudge();
    }

    /** The (id, tenant id) rows {@code sql} finds due now, at most {@code batch}. */
    protected List<long[]> due(String sql, int batch) {
        return DueRows.read(dataSource, sql, Timestamp.from(clock.instant()), batch);
    }
}
