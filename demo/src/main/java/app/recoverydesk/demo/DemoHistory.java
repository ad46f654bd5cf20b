package app.recoverydesk.demo;

import static app.recoverydesk.demo.DemoCases.DAYS;
import static app.recoverydesk.demo.DemoCases.MARK;
import static app.recoverydesk.demo.DemoCases.utc;

import app.recoverydesk.demo.DemoCases.Option;
import app.recoverydesk.demo.DemoCases.Story;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Six months of cases for the three demo tenants, so that the compliance report of the demo has something to
 * show: incidents across the locations (some customers more than once), recoveries within policy and exceptions
 * decided by the manager, promises kept, late or broken, and customers' feedback. Platform SQL like the default
 * catalogues; added once per tenant, only where DEMO_HISTORY is true (the run command; never the tests).
 */
final class DemoHistory {

    private static final Logger LOG = Logger.getLogger(DemoHistory.class.getName());
    private static final int INCIDENTS = 240;

    /** Demo organization id suffix → user name prefix and what typically goes wrong there. */
    private static final Map<String, Story> STORIES = Map.of(
            "01", new Story("bistro", List.of("Soup served cold", "Wrong order delivered to the table",
                    "Waited 40 minutes for the main course", "Charged twice on the bill", "Allergy not noted by the waiter"),
                    new String[] {"EMPLOYEE", "EMPLOYEE", "EMPLOYEE", "PROCESS", "PROCESS", "PRODUCT", "CUSTOMER_EXPECTATION",
                            "CUSTOMER_EXPECTATION", "POLICY", "THIRD_PARTY"}),
            "02", new Story("hotel", List.of("Room not ready at check-in", "Noise from the corridor at night",
                    "Bathroom not cleaned", "Minibar charged by mistake", "Air conditioning broken"),
                    new String[] {"EMPLOYEE", "EMPLOYEE", "PROCESS", "PROCESS", "PRODUCT", "PRODUCT", "POLICY",
                            "CUSTOMER_EXPECTATION", "CUSTOMER_EXPECTATION", "MARKETING"}),
            "03", new Story("rental", List.of("Car not available at pick-up", "Warning light on the dashboard",
                    "Long queue at the desk", "Fuel charge disputed", "Child seat missing"),
                    new String[] {"EMPLOYEE", "EMPLOYEE", "PROCESS", "PROCESS", "PROCESS", "PRODUCT", "POLICY",
                            "CUSTOMER_EXPECTATION", "CUSTOMER_EXPECTATION", "THIRD_PARTY"}));

    private DemoHistory() {
    }

    static void addOnce(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement tenants = c.prepareStatement("select id, organization_id, approval_target_minutes from tenant"
                    + " where organization_id like '8c2b7a9e-5d1f-4b6a-9e43-1f0a2c3d4e0_' and not exists"
                    + " (select 1 from incident i where i.tenant_id = tenant.id and i.created_by = ?)")) {
                tenants.setString(1, MARK);
                List<long[]> todo = new ArrayList<>();
                List<String> orgs = new ArrayList<>();
                try (ResultSet rs = tenants.executeQuery()) {
                    while (rs.next()) {
                        todo.add(new long[] {rs.getLong(1), rs.getLong(3)});
                        orgs.add(rs.getString(2));
                    }
                }
                for (int t = 0; t < todo.size(); t++) {
                    Story story = STORIES.get(orgs.get(t).substring(orgs.get(t).length() - 2));
                    if (story != null) {
                        add(c, todo.get(t)[0], (int) todo.get(t)[1], story);
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add the demo history", e);
        }
    }

    private static void add(Connection c, long tenant, int targetMinutes, Story story) throws SQLException {
        Random random = new Random(tenant);
        List<Long> locations = ids(c, "select id from location where tenant_id = ? order by id", tenant);
        List<Long> categories = ids(c, "select id from incident_category where tenant_id = ? order by id", tenant);
        List<Long> customers = customers(c, tenant);
        List<Option> options = options(c, tenant);
        String frontline = story.users() + "-frontline";
        String manager = story.users() + "-manager";
        Instant now = Instant.now();
        try (PreparedStatement incident = c.prepareStatement("insert into incident (tenant_id, location_id, occurred_at,"
                + " what_happened, severity, root_cause, status, created_by, created_at, version, channel, category_id,"
                + " customer_id, responded_at, resolved_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement event = c.prepareStatement("insert into incident_event (tenant_id, incident_id, occurred_at,"
                     + " actor, kind, field, to_value) values (?, ?, ?, ?, 'CREATED', 'status', 'OPEN')");
             PreparedStatement recovery = c.prepareStatement("insert into recovery (tenant_id, incident_id, option_id, policy_id,"
                     + " location_id, amount_minor, currency, status, exceeded, reason, requested_by, requested_at, due_at,"
                     + " decided_by, decided_at, decision_reason, approved_minor, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
             PreparedStatement promise = c.prepareStatement("insert into promise (tenant_id, incident_id, location_id, what, owner,"
                     + " due_at, status, kept_at, broken_reason, created_by, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
             PreparedStatement feedback = c.prepareStatement("insert into feedback (tenant_id, incident_id, solved, satisfaction,"
                     + " recommend, created_at) values (?, ?, ?, ?, ?, ?)")) {
            DemoCases cases = new DemoCases(new DemoCases.Scene(tenant, targetMinutes, story, random, now, locations,
                    categories, customers, options, frontline, manager),
                    new DemoCases.Statements(incident, event, recovery, promise, feedback));
            for (int n = 0; n < INCIDENTS; n++) {
                cases.addOne();
            }
        }
        LOG.info(() -> "Demo history: " + INCIDENTS + " incidents of the last " + DAYS + " days added for tenant " + tenant);
    }

    /** Guests, some of whom come back with another incident. */
    private static List<Long> customers(Connection c, long tenant) throws SQLException {
        List<Long> customers = new ArrayList<>();
        try (PreparedStatement insert = c.prepareStatement("insert into customer (tenant_id, name, contact, contact_key, consent,"
                + " consent_at, created_at) values (?, ?, ?, ?, true, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 1; i <= 25; i++) {
                String contact = "guest" + i + "@example.com";
                Timestamp at = utc(Instant.now().minus(Duration.ofDays(DAYS + 1)));
                insert.setLong(1, tenant);
                insert.setString(2, "Guest " + i);
                insert.setString(3, contact);
                insert.setString(4, app.recoverydesk.incident.Customer.keyOf(contact).orElseThrow());
                insert.setTimestamp(5, at);
                insert.setTimestamp(6, at);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    customers.add(keys.getLong(1));
                }
            }
        }
        return customers;
    }

    /** The monetary options with a per-incident limit, in the policy version in force. */
    private static List<Option> options(Connection c, long tenant) throws SQLException {
        List<Option> options = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select o.id, p.id, p.per_incident_minor, p.currency from recovery_option o"
                + " join recovery_policy p on p.option_id = o.id and p.tenant_id = o.tenant_id where o.tenant_id = ? and o.monetary"
                + " and p.per_incident_minor is not null and p.version = (select max(v.version) from recovery_policy v"
                + " where v.option_id = o.id and v.tenant_id = o.tenant_id)")) {
            q.setLong(1, tenant);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    options.add(new Option(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)));
                }
            }
        }
        return options;
    }

    private static List<Long> ids(Connection c, String sql, long tenant) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            q.setLong(1, tenant);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
