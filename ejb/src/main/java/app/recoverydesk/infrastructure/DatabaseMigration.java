package app.recoverydesk.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application is deployed, before any request is served, and gives
 * tenants without them the default catalogues. (The demo tenants come from the demo module, which only the
 * run and test commands' build contains.)
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/RecoveryDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // a repeatable script this build lacks is no error: databases of the run command hold the demo
                // tenants' from when that script was a migration here; no versioned migration depends on one
                .ignoreMigrationPatterns("*:future", "repeatable:missing")
                .load();
        MigrateResult result = flyway.migrate();
        seedTenantDefaults();
        indexSearchWords();
        countIncidentDays();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Schema migrated: " + result.migrationsExecuted + " migration(s) applied, now at version "
                + version);
    }

    private void seedTenantDefaults() {
        try (Connection c = dataSource.getConnection()) {
            TenantDefaults.seedMissing(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seed the tenants' default categories and recovery options", e);
        }
    }

    private void indexSearchWords() {
        try (Connection c = dataSource.getConnection()) {
            int indexed = SearchWordBackfill.run(c);
            if (indexed > 0) {
                LOG.info(() -> "Search index: words added for " + indexed + " incident(s)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not index the words of incidents", e);
        }
    }

    /** The report's daily counts of tenants marked for it (all of them when the counts were introduced). */
    private void countIncidentDays() {
        try (Connection c = dataSource.getConnection()) {
            int tenants = app.recoverydesk.rollup.IncidentDays.rebuildPending(c);
            if (tenants > 0) {
                LOG.info(() -> "Report: daily incident counts made for " + tenants + " tenant(s)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the incidents by day", e);
        }
    }
}
