package app.recoverydesk.feedback;

import app.recoverydesk.event.DueRows;
import app.recoverydesk.job.JobPasses;
import app.recoverydesk.job.RunNow;
import app.recoverydesk.mail.Mails;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Looks every few seconds, across tenants, for feedback invitations due for their one reminder (each business's
 * number of days; none where it is 0) and has {@link Invitations#remind} send it. The timer is persistent, so a
 * cluster runs it on one node; it is still safe twice at once: each link is taken under a lock and marked.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Reminders {

    public static final String JOB = "reminders";

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());
    private static final int BATCH = 100;

    @Resource(lookup = "java:jboss/datasources/RecoveryDS")
    private DataSource dataSource;

    @Inject
    private Invitations invitations;

    @Inject
    private Clock clock;

    @Inject
    private JobPasses passes;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(hour = "*", minute = "*", second = "*/10", info = JOB)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        if (!Mails.enabled() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            passes.run(JOB, this::pass);
        } finally {
            running.set(false);
        }
    }

    /** Asked for, it passes even without mail, as a link's reminder does (marked, no mail where mail is off). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onRunNow(@Observes RunNow request) {
        if (request.is(JOB)) {
            request.ran(passes.run(JOB, this::pass));
        }
    }

    /** One batch a pass: the rest at the next. */
    private int pass() {
        int sent = 0;
        for (long[] row : due()) {
            try {
                invitations.remind(row[0], row[1]);
                sent++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reminder for feedback link " + row[0] + " failed; tried again later", e);
            }
        }
        return sent;
    }

    private List<long[]> due() {
        Timestamp now = Timestamp.from(clock.instant());
        return DueRows.read(dataSource, FeedbackLink.DUE_FOR_REMINDER_SQL, now, now, BATCH);
    }
}
