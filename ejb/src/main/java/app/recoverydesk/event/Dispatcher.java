package app.recoverydesk.event;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/**
 * Hands committed events from the outbox to their observers: at once after the publishing transaction commits,
 * and every few seconds for whatever is still due (a failed hand-over, a restart in between). One drain runs at a
 * time on a node; a row being handed over is locked, so two nodes never hand over the same event.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Dispatcher {

    private static final int BATCH = 100;

    @Resource(lookup = "java:jboss/datasources/RecoveryDS")
    private DataSource dataSource;

    @Resource
    private SessionContext self;

    @Inject
    private HandOver handOver;

    @Inject
    private Clock clock;

    private final Drain drain = new Drain();

    public void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Events.Published published) {
        self.getBusinessObject(Dispatcher.class).nudge();
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nudge() {
        drain();
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        drain();
    }

    /** Hands over everything due, a batch at a time. */
    private void drain() {
        drain.run(() -> {
            List<long[]> due;
            do {
                due = due();
                due.forEach(row -> handOver.dispatch(row[0], row[1]));
            } while (due.size() == BATCH);
        });
    }

    private List<long[]> due() {
        return DueRows.read(dataSource, OutboxEvent.DUE_SQL, Timestamp.from(clock.instant()), BATCH);
    }
}
