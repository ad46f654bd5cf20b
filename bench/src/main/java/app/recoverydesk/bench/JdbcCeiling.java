package app.recoverydesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Random;

/**
 * The most the database allows for logging incidents: each worker does, on its own connection, what the
 * application does per incident (INSERT incident, INSERT its CREATED event, INSERT its search words in one
 * statement, commit), without anything around it.
 */
final class JdbcCeiling implements Load.Op {

    private static final String INCIDENT = "INSERT INTO incident (tenant_id, location_id, occurred_at, what_happened,"
            + " severity, root_cause, status, created_by, created_at, version, channel, category_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, 0, ?, ?)";
    private static final String EVENT = "INSERT INTO incident_event (tenant_id, incident_id, occurred_at, actor, kind,"
            + " field, from_value, to_value) VALUES (?, ?, ?, ?, 'CREATED', 'status', NULL, 'OPEN')";
    static final String ACTOR = "bistro-frontline";

    private final Db.TenantIds tenant;
    private final Random random;
    private final Connection connection;
    private final PreparedStatement incident;
    private final PreparedStatement event;
    private final PreparedStatement words;

    JdbcCeiling(Db db, Db.TenantIds tenant, int worker) {
        this.tenant = tenant;
        this.random = new Random(2000L + worker);
        try {
            connection = db.connect();
            connection.setAutoCommit(false);
            incident = connection.prepareStatement(INCIDENT, Statement.RETURN_GENERATED_KEYS);
            event = connection.prepareStatement(EVENT);
            words = connection.prepareStatement(Seeder.WORD);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Load.Outcome call(long n) {
        Instant now = Instant.now();
        try {
            incident.setLong(1, tenant.id());
            incident.setLong(2, tenant.locations().get(random.nextInt(tenant.locations().size())));
            incident.setObject(3, Db.utc(now.minusSeconds(60 + random.nextInt(48 * 3600))));
            String whatHappened = Vocabulary.whatHappened(random);
            incident.setString(4, whatHappened);
            incident.setString(5, "HIGH");
            incident.setString(6, "PROCESS");
            incident.setString(7, ACTOR);
            incident.setObject(8, Db.utc(now));
            incident.setString(9, "IN_PERSON");
            if (tenant.categories().isEmpty()) {
                incident.setNull(10, java.sql.Types.BIGINT);
            } else {
                incident.setLong(10, tenant.categories().get(random.nextInt(tenant.categories().size())));
            }
            incident.executeUpdate();
            long id;
            try (ResultSet keys = incident.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            event.setLong(1, tenant.id());
            event.setLong(2, id);
            event.setObject(3, Db.utc(now));
            event.setString(4, ACTOR);
            event.executeUpdate();
            Seeder.addWords(words, tenant.id(), id, whatHappened);
            words.executeBatch(); // one multi-row INSERT (rewriteBatchedStatements), as Hibernate's batch in the app
            connection.commit();
            return Load.Outcome.ok("insert");
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the connection is gone; the next call fails too and is counted
            }
            return Load.Outcome.failed("insert", "SQLState " + e.getSQLState(), e.getMessage());
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
