package app.recoverydesk.privacy;

import app.recoverydesk.event.DueRows;
import app.recoverydesk.job.JobPass;
import app.recoverydesk.job.JobPasses;
import app.recoverydesk.job.RunNow;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The retention job: every {@code RETENTION_SWEEP_SECONDS} (default an hour) it reads, across businesses, the
 * customers due (see {@link Retention}), anonymises each as their business, and logs for each business what it
 * anonymised there. The timer is persistent, so a cluster runs it on one node, and the period is counted from the
 * last pass of any node. Safe twice at once: each customer is checked again under a lock, and an anonymised one is
 * not due any more.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RetentionSweep {

    public static final String JOB = "retention";

    private static final Logger LOG = Logger.getLogger(RetentionSweep.class.getName());
    private static final int BATCH = 100;

    @Resource(lookup = "java:jboss/datasources/RecoveryDS")
    private DataSource dataSource;

    @Inject
    private Retention retention;

    @Inject
    private JobPasses passes;

    @Inject
    private Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    /** How often the job runs: {@code RETENTION_SWEEP_SECONDS}, an hour unless set. */
    static Duration period() {
        try {
            long seconds = Long.parseLong(System.getenv().getOrDefault("RETENTION_SWEEP_SECONDS", "3600").strip());
            return Duration.ofSeconds(Math.max(1, seconds));
        } catch (NumberFormatException e) {
            return Duration.ofHours(1);
        }
    }

    /** Looks every few seconds whether the period has passed since the job's last pass. */
    @Schedule(hour = "*", minute = "*", second = "*/5", info = JOB)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        Instant now = clock.instant();
        Instant last;
        try {
            last = passes.last(JOB).map(JobPass::startedAt).orElse(null);
        } catch (RuntimeException e) {
            return; // the database is away: the next tick looks again
        }
        if (last != null && now.isBefore(last.plus(period())) || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            passes.run(JOB, this::pass);
        } finally {
            running.set(false);
        }
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onRunNow(@Observes RunNow request) {
        if (request.is(JOB)) {
            request.ran(passes.run(JOB, this::pass));
        }
    }

    private int pass() {
        Instant start = clock.instant();
        Map<Long, Integer> anonymised = new TreeMap<>();
        long after = 0;
        List<long[]> due;
        do {
            Timestamp now = Timestamp.from(clock.instant());
            due = DueRows.read(dataSource, Retention.DUE_SQL, after, now, now, BATCH);
            for (long[] row : due) {
                after = row[0];
                try {
                    if (retention.anonymise(row[0], row[1])) {
                        anonymised.merge(row[1], 1, Integer::sum);
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Anonymising customer " + row[0] + " failed; tried again later", e);
                }
            }
        } while (due.size() == BATCH);
        anonymised.forEach((tenantId, count) -> {
            try {
                retention.log(tenantId, start, count);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not log the retention run of business " + tenantId, e);
            }
        });
        return anonymised.values().stream().mapToInt(Integer::intValue).sum();
    }
}
