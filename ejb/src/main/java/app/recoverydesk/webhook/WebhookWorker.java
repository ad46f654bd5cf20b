package app.recoverydesk.webhook;

import app.recoverydesk.event.Worker;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends webhook deliveries: at once after deliveries were queued, and every few seconds for whatever is due again.
 * Each endpoint gets its deliveries strictly in order — only the oldest pending one of an endpoint is ever tried, so
 * an endpoint that was down receives what it missed in the order it happened. One drain at a time on a node; a
 * delivery is taken (leased) before its call, so two nodes never send it at once.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WebhookWorker extends Worker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class.getName());
    private static final int BATCH = 50;

    @Inject
    private WebhookCalls calls;

    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookQueue.Queued queued) {
        nudgeSoon();
    }

    /** Sends everything due, until a pass gets nothing through. */
    @Override
    protected void pass() {
        AddressGuard guard = AddressGuard.fromEnvironment();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (long[] row : due(WebhookDelivery.DUE_SQL, BATCH)) {
                progress |= deliver(row[0], row[1], guard);
            }
        }
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
