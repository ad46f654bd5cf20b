package app.recoverydesk.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers: a balancer stops sending requests that could only be told to try again,
 * and sends them again once it is back. The query runs on its own thread so that a database that hangs (rather
 * than refuses) makes the probe DOWN within {@link #TIMEOUT_SECONDS}, not when the balancer gives up; while such
 * a query is still stuck, later probes wait on the same one instead of starting more.
 * <p>
 * In the EAR's library, not the web module: the server's health extension finds checks only among the beans the
 * top level of the EAR sees.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "database";
    static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/RecoveryDS")
    private DataSource dataSource;

    private CompletableFuture<Void> probe;

    public DatabaseReadiness() {
    }

    DatabaseReadiness(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            current().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return HealthCheckResponse.up(NAME);
        } catch (TimeoutException e) {
            return down("no answer within " + TIMEOUT_SECONDS + " s");
        } catch (ExecutionException e) {
            return down(e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        }
    }

    private synchronized CompletableFuture<Void> current() {
        if (probe == null || probe.isDone()) {
            CompletableFuture<Void> next = new CompletableFuture<>();
            Thread query = new Thread(() -> {
                try {
                    query();
                    next.complete(null);
                } catch (Throwable t) {
                    next.completeExceptionally(t);
                }
            }, "database-readiness");
            query.setDaemon(true);
            query.start();
            probe = next;
        }
        return probe;
    }

    private void query() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(TIMEOUT_SECONDS);
            s.execute("SELECT 1");
        }
    }

    private static HealthCheckResponse down(String why) {
        return HealthCheckResponse.named(NAME).down().withData("reason", why).build();
    }
}
