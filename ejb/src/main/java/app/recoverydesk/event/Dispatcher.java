package app.recoverydesk.event;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Hands committed events from the outbox to the parts that react to them: at once after the publishing transaction
 * commits, and every few seconds for whatever is still due. A row being handed over is locked, so two nodes never
 * hand over the same event.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Dispatcher extends Worker {

    private static final int BATCH = 100;

    @Inject
    private HandOver handOver;

    public void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Events.Published published) {
        nudgeSoon();
    }

    /** Hands over everything due, a batch at a time. */
    @Override
    protected void pass() {
        List<long[]> due;
        do {
            due = due(OutboxEvent.DUE_SQL, BATCH);
            handOver.dispatchAll(due);
        } while (due.size() == BATCH);
    }
}
