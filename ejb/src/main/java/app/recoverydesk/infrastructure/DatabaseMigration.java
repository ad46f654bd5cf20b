package app.recoverydesk.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date when the application is deployed, before any request is served.
 * Demo tenants are added only where DEMO_DATA (environment) or recovery.demo-data (system property) is true;
 * six months of their cases ({@link DemoHistory}) where DEMO_HISTORY is true too.
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
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoDataWanted()) {
            locations.add("classpath:db/demo");
        }
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .load();
        MigrateResult result = flyway.migrate();
        seedTenantDefaults();
        if (demoDataWanted() && DemoHistory.wanted()) {
            DemoHistory.addOnce(dataSource);
        }
        indexSearchWords();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Schema migrated: " + result.migrationsExecuted + " migration(s) applied, now at version "
                + version + (demoDataWanted() ? " (with demo tenants)" : ""));
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

    static boolean demoDataWanted() {
        String value = System.getProperty("recovery.demo-data", System.getenv("DEMO_DATA"));
        return Boolean.parseBoolean(value);
    }
}
