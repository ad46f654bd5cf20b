package app.recoverydesk.webhook;

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
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Sends webhook deliveries: at once after deliveries were queued, and every few seconds for whatever is due again.
 * Each endpoint gets its deliveries strictly in order — only the oldest pending one of an endpoint is ever tried, so
 * an endpoint that was down receives what it missed in the order it happened. One drain at a time on a node; a
 * delivery is taken (leased) before its call, so two nodes never send it at once.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class.getName());
    private static final int BATCH = 50;

    @Resource(lookup = "java:jboss/datasources/RecoveryDS")
    private DataSource dataSource;

    @Resource
    private SessionContext self;

    @Inject
    private WebhookCalls calls;

    @Inject
    private Clock clock;

    private final Drain drain = new Drain();

    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookQueue.Queued queued) {
        self.getBusinessObject(WebhookWorker.class).nudge();
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

    /** Sends everything due, until a pass gets nothing through. */
    private void drain() {
        drain.run(() -> {
            AddressGuard guard = AddressGuard.fromEnvironment();
            boolean progress = true;
            while (progress) {
                progress = false;
                for (long[] row : DueRows.read(dataSource, WebhookDelivery.DUE_SQL, Timestamp.from(clock.instant()), BATCH)) {
                    progress |= deliver(row[0], row[1], guard);
                }
            }
        });
    }

    /** One try of one delivery; false where it could not be taken or its outcome not be written down. */
    private boolean deliver(long deliveryId, long tenantId, AddressGuard guard) {
        Optional<Attempt> attempt;
        try {
            attempt = calls.claim(deliveryId, tenantId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not take webhook delivery " + deliveryId + "; tried again later", e);
            return false;
        }
        if (attempt.isEmpty()) {
            return false;
        }
        Outcome outcome = WebhookSender.send(attempt.get(), guard);
        try {
            calls.record(deliveryId, tenantId, outcome);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not record the outcome of webhook delivery " + deliveryId
                    + "; it is sent again once its lease is over", e);
            return false;
        }
    }
}
