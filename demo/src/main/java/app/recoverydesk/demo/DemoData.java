package app.recoverydesk.demo;

import app.recoverydesk.infrastructure.SearchWordBackfill;
import app.recoverydesk.infrastructure.TenantDefaults;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The demo tenants and their locations where DEMO_DATA (environment) or recovery.demo-data (system property) is
 * true; six months of their cases ({@link DemoHistory}) where DEMO_HISTORY is true too. Runs after the schema
 * migration, before any request is served, on every start: the script is idempotent, the history added once.
 */
@Singleton
@Startup
@DependsOn("recovery-ejb.jar#DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Resource(lookup = "java:jboss/datasources/RecoveryDS")
    private DataSource dataSource;

    @PostConstruct
    void add() {
        if (!DemoSwitch.DATA.on()) {
            return;
        }
        addTenants();
        try (Connection c = dataSource.getConnection()) {
            // the migration seeded the tenants it found; the demo tenants may be new since
            TenantDefaults.seedMissing(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seed the demo tenants' defaults", e);
        }
        if (DemoSwitch.HISTORY.on()) {
            DemoHistory.addOnce(dataSource);
            indexSearchWords();
        }
        LOG.info("Demo tenants in place" + (DemoSwitch.HISTORY.on() ? ", with their history" : ""));
    }

    /**
     * A history table of its own: the application's stays the production schema's, and a database may be
     * started with or without the demo.
     */
    private void addTenants() {
        Flyway.configure(DemoData.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/demo")
                .table("flyway_demo_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    /** The history is inserted row by row, without the search index's words. */
    private void indexSearchWords() {
        try (Connection c = dataSource.getConnection()) {
            SearchWordBackfill.run(c);
            // nor with the report's daily counts
            app.recoverydesk.rollup.IncidentDays.markAllPending(c);
            app.recoverydesk.rollup.IncidentDays.rebuildPending(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not index the words of the demo history", e);
        }
    }
}
