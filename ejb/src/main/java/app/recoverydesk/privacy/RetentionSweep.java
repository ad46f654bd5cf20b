package app.recoverydesk.privacy;

import app.recoverydesk.event.DueRows;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The retention job: every {@code RETENTION_SWEEP_SECONDS} (default an hour), for each business with a retention,
 * anonymises the customers due (see {@link Retention}) and logs the run. Safe on several nodes at once: each customer
 * is checked again under a lock, and an anonymised one is not due any more.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RetentionSweep {

    private static final Logger LOG = Logger.getLogger(RetentionSweep.class.getName());
    private static final int BATCH = 100;

    @Resource(lookup = "java:jboss/datasources/RecoveryDS")
    private DataSource dataSource;

    @Inject
    private Retention retention;

    @Inject
    private Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Instant lastSweep;

    /** How often the job runs: {@code RETENTION_SWEEP_SECONDS}, an hour unless set. */
    static Duration period() {
        try {
            long seconds = Long.parseLong(System.getenv().getOrDefault("RETENTION_SWEEP_SECONDS", "3600").strip());
            return Duration.ofSeconds(Math.max(1, seconds));
        } catch (NumberFormatException e) {
            return Duration.ofHours(1);
        }
    }

    /** Looks every few seconds whether the period has passed since the last sweep. */
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        Instant now = clock.instant();
        if (lastSweep != null && now.isBefore(lastSweep.plus(period())) || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            lastSweep = now;
            sweep();
        } finally {
            running.set(false);
        }
    }

    private void sweep() {
        for (long[] tenant : DueRows.read(dataSource, Retention.TENANTS_SQL)) {
            long tenantId = tenant[0];
            try {
                long run = retention.start(tenantId);
                int anonymised = 0;
                List<long[]> due;
                int done;
                do {
                    Timestamp now = Timestamp.from(clock.instant());
                    due = DueRows.read(dataSource, Retention.DUE_SQL, now, now, tenantId, BATCH);
                    done = 0;
                    for (long[] row : due) {
                        try {
                            if (retention.anonymise(row[0], row[1])) {
                                done++;
                            }
                        } catch (RuntimeException e) {
                            LOG.log(Level.WARNING, "Anonymising customer " + row[0] + " failed; tried again later", e);
                        }
                    }
                    anonymised += done;
                } while (due.size() == BATCH && done > 0);
                retention.finish(run, tenantId, anonymised);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The retention run of business " + tenantId + " failed; tried again later", e);
            }
        }
    }
}
