package app.recoverydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deploying the application builds the schema with Flyway and seeds the demo tenants, against MySQL. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MigrationsIT {

    @Test
    void deploymentAppliedEveryMigrationSuccessfully() {
        List<List<Object>> history = Database.query(
                "select version, success from flyway_schema_history where version is not null order by installed_rank");
        assertTrue(history.size() >= 1, "no versioned migration was applied");
        assertEquals(List.of("1", true), List.of(history.get(0).get(0), history.get(0).get(1)));
        assertEquals(0, Database.count("select count(*) from flyway_schema_history where not success"),
                "a migration failed");
    }

    @Test
    void schemaHasTheTenantColumnsAndKeysTheIsolationReliesOn() {
        for (String table : List.of("location", "incident", "incident_event")) {
            assertEquals(1, Database.count("select count(*) from information_schema.columns "
                    + "where table_schema = database() and table_name = ? and column_name = 'tenant_id' "
                    + "and is_nullable = 'NO'", table), table + " lacks a non-null tenant_id");
        }
        assertEquals(1, Database.count("select count(*) from information_schema.referential_constraints "
                + "where constraint_schema = database() and constraint_name = 'fk_incident_location'"));
    }

    @Test
    void demoTenantsAreSeededWithTheirOrganizationIdsAndLocations() {
        // other tests create tenants of their own: look at the demo organizations only
        assertEquals(List.of(List.of("Bistro Nord", "NOK", "nb", "Europe/Oslo"),
                        List.of("Hotel Adriatic", "EUR", "hr", "Europe/Zagreb"),
                        List.of("Rent-a-Car Kraków", "PLN", "pl", "Europe/Warsaw")),
                Database.query("select name, currency, default_language, time_zone from tenant "
                        + "where organization_id like '8c2b7a9e-5d1f-4b6a-9e43-%' order by id"));
        // only the demo tenants: other tests onboard businesses of their own, which start without a location
        assertEquals(0, Database.count("select count(*) from tenant t where organization_id like '8c2b7a9e-5d1f-4b6a-9e43-%' "
                + "and not exists (select 1 from location l where l.tenant_id = t.id)"), "a demo tenant has no location");
    }
}
