package app.recoverydesk.recovery;

import app.recoverydesk.promise.Promises;
import app.recoverydesk.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Escalates exception requests that passed their tenant's target time to the tenant's executives, and tells the
 * owners and managers of promises that went overdue. A timer has no user and so no tenant: it works through the
 * tenants one by one, each named explicitly for its work.
 */
@Singleton
public class Escalation {

    private static final Logger LOG = Logger.getLogger(Escalation.class.getName());

    @Resource(lookup = "java:jboss/datasources/RecoveryDS")
    private DataSource dataSource;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private Recoveries recoveries;

    @Inject
    private Promises promises;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void escalate() {
        for (long tenantId : activeTenants()) {
            try {
                tenantContext.runAs(tenantId, () -> escalateFor(tenantId));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Escalation failed for tenant " + tenantId, e);
            }
        }
    }

    private void escalateFor(long tenantId) {
        int escalated = recoveries.escalateOverdue();
        int promises = this.promises.notifyOverdue();
        if (escalated + promises > 0) {
            LOG.info(() -> "Tenant " + tenantId + ": " + escalated + " overdue request(s) escalated, "
                    + promises + " overdue promise(s) notified");
        }
    }

    private List<Long> activeTenants() {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select id from tenant where status = 'ACTIVE'");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not list tenants for escalation", e);
        }
        return ids;
    }
}
