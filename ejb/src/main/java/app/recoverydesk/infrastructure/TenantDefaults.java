package app.recoverydesk.infrastructure;

import app.recoverydesk.incident.DefaultCategories;
import app.recoverydesk.recovery.DefaultCatalogues;
import app.recoverydesk.tenancy.BusinessType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Gives every tenant without a category catalogue the defaults of its business type, and every tenant without
 * recovery options the default ones. Public for tenants added after the migration at start (the demo module's).
 */
public final class TenantDefaults {

    private TenantDefaults() {
    }

    public static void seedMissing(Connection c) throws SQLException {
        seedCategories(c);
        DefaultCatalogues.seedMissing(c);
    }

    private static void seedCategories(Connection c) throws SQLException {
        try (PreparedStatement tenants = c.prepareStatement("select id, business_type from tenant t where not exists"
                     + " (select 1 from incident_category c where c.tenant_id = t.id)");
             PreparedStatement insert = c.prepareStatement(DefaultCategories.INSERT_SQL)) {
            try (ResultSet rs = tenants.executeQuery()) {
                while (rs.next()) {
                    for (String code : DefaultCategories.of(BusinessType.valueOf(rs.getString(2)))) {
                        insert.setLong(1, rs.getLong(1));
                        insert.setString(2, code);
                        insert.addBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }
}
