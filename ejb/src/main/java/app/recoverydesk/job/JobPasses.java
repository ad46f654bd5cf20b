package app.recoverydesk.job;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Times each pass of a background job and keeps the last one per job ({@code job_pass}), whichever node ran it:
 * the operator sees that the jobs run and where, and the benchmark reads what a pass costs.
 */
@ApplicationScoped
public class JobPasses {

    private static final Logger LOG = Logger.getLogger(JobPasses.class.getName());
    private static final String NODE = System.getProperty("jboss.node.name", "?");

    private static final String RECORD_SQL = "insert into job_pass (job, node, started_at, duration_us, items) "
            + "values (?, ?, ?, ?, ?) on duplicate key update node = values(node), started_at = values(started_at), "
            + "duration_us = values(duration_us), items = values(items)";

    @Resource(lookup = "java:jboss/datasources/RecoveryDS")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    @Inject
    private Event<RunNow> runNow;

    /** Runs one pass (which answers how many items it handled), times it and keeps the figure. */
    public JobPass run(String job, IntSupplier pass) {
        Instant start = clock.instant();
        long t0 = System.nanoTime();
        int items = pass.getAsInt();
        JobPass done = new JobPass(job, NODE, start, (System.nanoTime() - t0) / 1000, items);
        record(done);
        return done;
    }

    /** One pass of the named job now, on this thread. */
    public JobPass runNow(String job) {
        RunNow request = new RunNow(job);
        runNow.fire(request);
        return request.pass().orElseThrow(JobNotFoundException::new);
    }

    /** The last pass of each job that ran, by name. */
    public List<JobPass> last() {
        List<JobPass> passes = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select job, node, started_at, duration_us, items from job_pass "
                     + "order by job");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                passes.add(new JobPass(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getLong(4), rs.getInt(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the jobs' passes", e);
        }
        return passes;
    }

    /** The last pass of one job, if it ran. */
    public Optional<JobPass> last(String job) {
        return last().stream().filter(p -> p.job().equals(job)).findFirst();
    }

    private void record(JobPass pass) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(RECORD_SQL)) {
            s.setString(1, pass.job());
            s.setString(2, pass.node());
            s.setTimestamp(3, Timestamp.from(pass.startedAt()));
            s.setLong(4, pass.durationMicros());
            s.setInt(5, pass.items());
            s.executeUpdate();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not keep the pass of job " + pass.job(), e);
        }
    }
}
