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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Hands committed events from the outbox to their observers: at once after the publishing transaction commits,
 * and every few seconds for whatever is still due (a failed hand-over, a restart in between). One drain runs at a
 * time on a node; a row being handed over is locked, so two nodes never hand over the same event.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());
    private static final int BATCH = 100;

    @Resource(lookup = "java:jboss/datasources/RecoveryDS")
    private DataSource dataSource;

    @Resource
    private SessionContext self;

    @Inject
    private HandOver handOver;

    @Inject
    private Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

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

    /** Hands over everything due; a call while a drain runs makes that drain look once more. */
    private void drain() {
        again.set(true);
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (again.getAndSet(false)) {
                List<long[]> due;
                do {
                    due = due();
                    for (long[] row : due) {
                        handOver.dispatch(row[0], row[1]);
                    }
                } while (due.size() == BATCH);
            }
        } finally {
            running.set(false);
        }
    }

    private List<long[]> due() {
        List<long[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(OutboxEvent.DUE_SQL)) {
            s.setTimestamp(1, Timestamp.from(clock.instant()));
            s.setInt(2, BATCH);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not read the outbox; tried again at the next sweep", e);
        }
        return rows;
    }
}
