package app.recoverydesk.mail;

import app.recoverydesk.event.Drain;
import app.recoverydesk.event.DueRows;
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
 * Sends what waits in the mail outbox: at once after the queuing transaction commits, and every few seconds for
 * whatever is due again (a failed try, a restart in between). One drain runs at a time on a node; a mail being
 * taken is locked and leased, so two nodes never send the same mail at once.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailWorker {

    private static final int BATCH = 50;

    @Resource(lookup = "java:jboss/datasources/RecoveryDS")
    private DataSource dataSource;

    @Resource
    private SessionContext self;

    @Inject
    private Postman postman;

    @Inject
    private Clock clock;

    private final Drain drain = new Drain();

    public void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mails.Queued queued) {
        self.getBusinessObject(MailWorker.class).nudge();
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void nudge() {
        drain();
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        if (Mails.enabled()) {
            drain();
        }
    }

    /** Sends everything due, a batch at a time. */
    private void drain() {
        drain.run(() -> {
            List<long[]> due;
            do {
                due = DueRows.read(dataSource, OutboundMail.DUE_SQL, Timestamp.from(clock.instant()), BATCH);
                due.forEach(row -> postman.deliver(row[0], row[1]));
            } while (due.size() == BATCH);
        });
    }
}
