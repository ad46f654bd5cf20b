package app.recoverydesk.mail;

import app.recoverydesk.event.Worker;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Sends what waits in the mail outbox: at once after the queuing transaction commits, and every few seconds for
 * whatever is due again (a failed try, a restart in between). One drain runs at a time on a node; a mail being
 * taken is locked and leased, so two nodes never send the same mail at once.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailWorker extends Worker {

    private static final int BATCH = 50;

    @Inject
    private Postman postman;

    public void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mails.Queued queued) {
        nudgeSoon();
    }

    @Override
    protected boolean enabled() {
        return Mails.enabled();
    }

    /** Sends everything due, a batch at a time. */
    @Override
    protected void pass() {
        List<long[]> due;
        do {
            due = due(OutboundMail.DUE_SQL, BATCH);
            due.forEach(row -> postman.deliver(row[0], row[1]));
        } while (due.size() == BATCH);
    }
}
