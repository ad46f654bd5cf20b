package app.recoverydesk.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
    private static final String MARK = "demo-history";
    private static final int INCIDENTS = 240;
    private static final int DAYS = 180;

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

    private record Story(String users, List<String> failures, String[] causes) {
    }

    private record Option(long id, long policyId, Long perIncident, String currency) {
    }

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
            for (int n = 0; n < INCIDENTS; n++) {
                Instant occurred = now.minus(Duration.ofMinutes(60 + random.nextInt(DAYS * 24 * 60)));
                Instant created = occurred.plus(Duration.ofMinutes(1 + random.nextInt(20)));
                boolean recent = Duration.between(occurred, now).toDays() < 2;
                boolean open = recent && random.nextBoolean();
                Instant responded = open ? null : created.plus(Duration.ofMinutes(2 + random.nextInt(90)));
                Instant resolved = open || random.nextInt(10) == 0 ? null : responded.plus(Duration.ofMinutes(30 + random.nextInt(48 * 60)));
                if (resolved != null && resolved.isAfter(now)) {
                    resolved = null;
                }
                String status = open ? "OPEN" : resolved == null ? "RECOVERING" : random.nextInt(3) == 0 ? "CLOSED" : "RESOLVED";
                Long customer = random.nextInt(10) < 4 ? customers.get(random.nextInt(customers.size())) : null;
                long location = locations.get(random.nextInt(locations.size()));
                int i = 0;
                incident.setLong(++i, tenant);
                incident.setLong(++i, location);
                incident.setTimestamp(++i, utc(occurred));
                incident.setString(++i, story.failures().get(random.nextInt(story.failures().size())));
                incident.setString(++i, new String[] {"LOW", "MEDIUM", "MEDIUM", "HIGH", "CRITICAL"}[random.nextInt(5)]);
                incident.setString(++i, story.causes()[random.nextInt(story.causes().length)]);
                incident.setString(++i, status);
                incident.setString(++i, MARK);
                incident.setTimestamp(++i, utc(created));
                incident.setString(++i, new String[] {"IN_PERSON", "IN_PERSON", "PHONE", "EMAIL", "WEB"}[random.nextInt(5)]);
                incident.setObject(++i, categories.isEmpty() ? null : categories.get(random.nextInt(categories.size())));
                incident.setObject(++i, customer);
                incident.setTimestamp(++i, utc(responded));
                incident.setTimestamp(++i, utc(resolved));
                incident.executeUpdate();
                long id;
                try (ResultSet keys = incident.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                event.setLong(1, tenant);
                event.setLong(2, id);
                event.setTimestamp(3, utc(created));
                event.setString(4, frontline);
                event.executeUpdate();
                if (responded != null && !options.isEmpty() && random.nextInt(10) < 4) {
                    Option option = options.get(random.nextInt(options.size()));
                    boolean exception = random.nextInt(100) < 18;
                    long amount = exception ? option.perIncident() * (120 + random.nextInt(80)) / 100
                            : option.perIncident() * (30 + random.nextInt(70)) / 100;
                    boolean approved = random.nextInt(10) < 7;
                    Instant decided = responded.plus(Duration.ofMinutes(3 + random.nextInt(2 * targetMinutes)));
                    i = 0;
                    recovery.setLong(++i, tenant);
                    recovery.setLong(++i, id);
                    recovery.setLong(++i, option.id());
                    recovery.setLong(++i, option.policyId());
                    recovery.setLong(++i, location);
                    recovery.setLong(++i, amount);
                    recovery.setString(++i, option.currency());
                    recovery.setString(++i, !exception ? "GRANTED" : approved ? "APPROVED" : "REJECTED");
                    recovery.setString(++i, exception ? "PER_INCIDENT" : null);
                    recovery.setString(++i, exception ? "The customer's evening was ruined" : null);
                    recovery.setString(++i, frontline);
                    recovery.setTimestamp(++i, utc(responded));
                    recovery.setTimestamp(++i, exception ? utc(responded.plus(Duration.ofMinutes(targetMinutes))) : null);
                    recovery.setString(++i, exception ? manager : null);
                    recovery.setTimestamp(++i, exception ? utc(decided) : null);
                    recovery.setString(++i, exception && !approved ? "Within policy is enough" : null);
                    recovery.setObject(++i, exception && approved ? amount : null);
                    recovery.executeUpdate();
                }
                if (responded != null && random.nextInt(4) == 0) {
                    Instant due = created.plus(Duration.ofHours(4 + random.nextInt(68)));
                    int roll = random.nextInt(20);
                    String state = due.isAfter(now) ? "OPEN" : roll < 14 ? "KEPT" : roll < 17 ? "LATE" : "BROKEN";
                    Instant kept = state.equals("KEPT") ? due.minus(Duration.ofHours(1))
                            : state.equals("LATE") ? due.plus(Duration.ofHours(5)) : null;
                    i = 0;
                    promise.setLong(++i, tenant);
                    promise.setLong(++i, id);
                    promise.setLong(++i, location);
                    promise.setString(++i, "Call the guest back");
                    promise.setString(++i, random.nextBoolean() ? frontline : null);
                    promise.setTimestamp(++i, utc(due));
                    promise.setString(++i, state);
                    promise.setTimestamp(++i, utc(kept));
                    promise.setString(++i, state.equals("BROKEN") ? "Forgotten at the shift change" : null);
                    promise.setString(++i, frontline);
                    promise.setTimestamp(++i, utc(created));
                    promise.executeUpdate();
                }
                if (resolved != null && customer != null && random.nextInt(10) < 5) {
                    int satisfaction = 1 + Math.min(4, random.nextInt(6));
                    feedback.setLong(1, tenant);
                    feedback.setLong(2, id);
                    feedback.setBoolean(3, satisfaction >= 3);
                    feedback.setInt(4, satisfaction);
                    feedback.setInt(5, Math.min(10, satisfaction * 2 + random.nextInt(2)));
                    feedback.setTimestamp(6, utc(resolved.plus(Duration.ofHours(2))));
                    feedback.executeUpdate();
                }
            }
        }
        LOG.info(() -> "Demo history: " + INCIDENTS + " incidents of the last " + DAYS + " days added for tenant " + tenant);
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

    private static Timestamp utc(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
