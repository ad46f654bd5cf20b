package app.recoverydesk.recovery;

import app.recoverydesk.event.DueRows;
import app.recoverydesk.job.JobPasses;
import app.recoverydesk.job.RunNow;
import app.recoverydesk.promise.Promise;
import app.recoverydesk.promise.Promises;
import app.recoverydesk.tenancy.TenantContext;
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
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Escalates exception requests that passed their tenant's target time to the tenant's executives, and tells the
 * owners and managers of promises that went overdue. A pass costs by what is due: one indexed query across tenants
 * finds it, and each item is then handled as its own tenant, in a transaction of its own. The timer is persistent,
 * so a cluster runs it on one node; as it may still fire twice (a node joining or leaving, a missed expiration
 * made up at start), each item is taken by a conditional update and told once.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Escalation {

    public static final String JOB = "escalation";

    private static final Logger LOG = Logger.getLogger(Escalation.class.getName());
    private static final int BATCH = 100;

    @Resource(lookup = "java:jboss/datasources/RecoveryDS")
    private DataSource dataSource;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private Recoveries recoveries;

    @Inject
    private Promises promises;

    @Inject
    private JobPasses passes;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*", second = "*/15", info = JOB)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void escalate() {
        passes.run(JOB, this::pass);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onRunNow(@Observes RunNow request) {
        if (request.is(JOB)) {
            request.ran(passes.run(JOB, this::pass));
        }
    }

    private int pass() {
        int escalated = work(Recovery.OVERDUE_SQL, recoveries::escalate);
        int late = work(Promise.OVERDUE_SQL, promises::notifyOverdue);
        if (escalated + late > 0) {
            LOG.info(() -> escalated + " overdue request(s) escalated, " + late + " overdue promise(s) notified");
        }
        return escalated + late;
    }

    /** Handles what {@code dueSql} finds, a batch at a time, until a batch found nothing left for this pass. */
    private int work(String dueSql, LongPredicate handle) {
        int total = 0;
        List<long[]> due;
        int done;
        do {
            due = DueRows.read(dataSource, dueSql, Timestamp.from(clock.instant()), BATCH);
            done = 0;
            for (long[] row : due) {
                try {
                    if (tenantContext.runAs(row[1], () -> handle.test(row[0]))) {
                        done++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Item " + row[0] + " of tenant " + row[1] + " failed; tried again later", e);
                }
            }
            total += done;
        } while (due.size() == BATCH && done > 0);
        return total;
    }
}
