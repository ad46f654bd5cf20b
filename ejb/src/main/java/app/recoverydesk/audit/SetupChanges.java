package app.recoverydesk.audit;

import app.recoverydesk.tenancy.SetupChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Writes each change of a business's setup to its audit log, in the transaction of the change. */
@ApplicationScoped
public class SetupChanges {

    @Inject
    private AuditLog log;

    void on(@Observes SetupChanged change) {
        log.record(change.kind(), change.subject(), change.from(), change.to());
    }
}
