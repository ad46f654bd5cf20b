package app.recoverydesk.demo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * The demo history's cases, one at a time: an incident with its created event and, as drawn, a recovery, a
 * promise and the customer's feedback. The draws come from one random seeded by the tenant and are made in a
 * fixed order, so that a demo looks the same on every new database.
 */
final class DemoCases {

    /** The incidents' author: a tenant whose demo history is there has incidents by it. */
    static final String MARK = "demo-history";
    static final int DAYS = 180;

    record Story(String users, List<String> failures, String[] causes) {
    }

    record Option(long id, long policyId, Long perIncident, String currency) {
    }

    /** The tenant and what its cases draw from. */
    record Scene(long tenant, int targetMinutes, Story story, Random random, Instant now, List<Long> locations,
                 List<Long> categories, List<Long> customers, List<Option> options, String frontline, String manager) {
    }

    record Statements(PreparedStatement incident, PreparedStatement event, PreparedStatement recovery,
                      PreparedStatement promise, PreparedStatement feedback) {
    }

    /** One incident as drawn; a null time is a step it has not reached. */
    private record Case(long location, Long customer, Instant occurred, Instant created, Instant responded,
                        Instant resolved, String status) {
    }

    private final Scene scene;
    private final Statements statements;
    private final Random random;

    DemoCases(Scene scene, Statements statements) {
        this.scene = scene;
        this.statements = statements;
        this.random = scene.random();
    }

    void addOne() throws SQLException {
        Case drawn = draw();
        long id = insertIncident(drawn);
        insertCreated(id, drawn);
        if (drawn.responded() != null && !scene.options().isEmpty() && random.nextInt(10) < 4) {
            insertRecovery(id, drawn);
        }
        if (drawn.responded() != null && random.nextInt(4) == 0) {
            insertPromise(id, drawn);
        }
        if (drawn.resolved() != null && drawn.customer() != null && random.nextInt(10) < 5) {
            insertFeedback(id, drawn);
        }
    }

    /** When it happened and how far it got: only recent cases may still be open; one in ten stays unresolved. */
    private Case draw() {
        Instant now = scene.now();
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
        List<Long> customers = scene.customers();
        Long customer = random.nextInt(10) < 4 ? customers.get(random.nextInt(customers.size())) : null;
        long location = scene.locations().get(random.nextInt(scene.locations().size()));
        return new Case(location, customer, occurred, created, responded, resolved, status);
    }

    private long insertIncident(Case drawn) throws SQLException {
        PreparedStatement incident = statements.incident();
        Story story = scene.story();
        List<Long> categories = scene.categories();
        int i = 0;
        incident.setLong(++i, scene.tenant());
        incident.setLong(++i, drawn.location());
        incident.setTimestamp(++i, utc(drawn.occurred()));
        incident.setString(++i, story.failures().get(random.nextInt(story.failures().size())));
        incident.setString(++i, new String[] {"LOW", "MEDIUM", "MEDIUM", "HIGH", "CRITICAL"}[random.nextInt(5)]);
        incident.setString(++i, story.causes()[random.nextInt(story.causes().length)]);
        incident.setString(++i, drawn.status());
        incident.setString(++i, MARK);
        incident.setTimestamp(++i, utc(drawn.created()));
        incident.setString(++i, new String[] {"IN_PERSON", "IN_PERSON", "PHONE", "EMAIL", "WEB"}[random.nextInt(5)]);
        incident.setObject(++i, categories.isEmpty() ? null : categories.get(random.nextInt(categories.size())));
        incident.setObject(++i, drawn.customer());
        incident.setTimestamp(++i, utc(drawn.responded()));
        incident.setTimestamp(++i, utc(drawn.resolved()));
        incident.executeUpdate();
        try (ResultSet keys = incident.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private void insertCreated(long id, Case drawn) throws SQLException {
        PreparedStatement event = statements.event();
        event.setLong(1, scene.tenant());
        event.setLong(2, id);
        event.setTimestamp(3, utc(drawn.created()));
        event.setString(4, scene.frontline());
        event.executeUpdate();
    }

    /** Mostly within policy; about one in five over the limit, which the manager approves (mostly) or rejects. */
    private void insertRecovery(long id, Case drawn) throws SQLException {
        PreparedStatement recovery = statements.recovery();
        Instant responded = drawn.responded();
        int targetMinutes = scene.targetMinutes();
        Option option = scene.options().get(random.nextInt(scene.options().size()));
        boolean exception = random.nextInt(100) < 18;
        long amount = exception ? option.perIncident() * (120 + random.nextInt(80)) / 100
                : option.perIncident() * (30 + random.nextInt(70)) / 100;
        boolean approved = random.nextInt(10) < 7;
        Instant decided = responded.plus(Duration.ofMinutes(3 + random.nextInt(2 * targetMinutes)));
        int i = 0;
        recovery.setLong(++i, scene.tenant());
        recovery.setLong(++i, id);
        recovery.setLong(++i, option.id());
        recovery.setLong(++i, option.policyId());
        recovery.setLong(++i, drawn.location());
        recovery.setLong(++i, amount);
        recovery.setString(++i, option.currency());
        recovery.setString(++i, !exception ? "GRANTED" : approved ? "APPROVED" : "REJECTED");
        recovery.setString(++i, exception ? "PER_INCIDENT" : null);
        recovery.setString(++i, exception ? "The customer's evening was ruined" : null);
        recovery.setString(++i, scene.frontline());
        recovery.setTimestamp(++i, utc(responded));
        recovery.setTimestamp(++i, exception ? utc(responded.plus(Duration.ofMinutes(targetMinutes))) : null);
        recovery.setString(++i, exception ? scene.manager() : null);
        recovery.setTimestamp(++i, exception ? utc(decided) : null);
        recovery.setString(++i, exception && !approved ? "Within policy is enough" : null);
        recovery.setObject(++i, exception && approved ? amount : null);
        recovery.executeUpdate();
    }

    /** Most promises kept, some late, a few broken; those not yet due are open. */
    private void insertPromise(long id, Case drawn) throws SQLException {
        PreparedStatement promise = statements.promise();
        Instant due = drawn.created().plus(Duration.ofHours(4 + random.nextInt(68)));
        int roll = random.nextInt(20);
        String state = due.isAfter(scene.now()) ? "OPEN" : roll < 14 ? "KEPT" : roll < 17 ? "LATE" : "BROKEN";
        Instant kept = state.equals("KEPT") ? due.minus(Duration.ofHours(1))
                : state.equals("LATE") ? due.plus(Duration.ofHours(5)) : null;
        int i = 0;
        promise.setLong(++i, scene.tenant());
        promise.setLong(++i, id);
        promise.setLong(++i, drawn.location());
        promise.setString(++i, "Call the guest back");
        promise.setString(++i, random.nextBoolean() ? scene.frontline() : null);
        promise.setTimestamp(++i, utc(due));
        promise.setString(++i, state);
        promise.setTimestamp(++i, utc(kept));
        promise.setString(++i, state.equals("BROKEN") ? "Forgotten at the shift change" : null);
        promise.setString(++i, scene.frontline());
        promise.setTimestamp(++i, utc(drawn.created()));
        promise.executeUpdate();
    }

    /** Two hours after the case was resolved; satisfaction of 3 and up counts as solved. */
    private void insertFeedback(long id, Case drawn) throws SQLException {
        PreparedStatement feedback = statements.feedback();
        int satisfaction = 1 + Math.min(4, random.nextInt(6));
        feedback.setLong(1, scene.tenant());
        feedback.setLong(2, id);
        feedback.setBoolean(3, satisfaction >= 3);
        feedback.setInt(4, satisfaction);
        feedback.setInt(5, Math.min(10, satisfaction * 2 + random.nextInt(2)));
        feedback.setTimestamp(6, utc(drawn.resolved().plus(Duration.ofHours(2))));
        feedback.executeUpdate();
    }

    static Timestamp utc(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
