package app.recoverydesk.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Straight JDBC into the test database, to check what the application really stored. */
public final class Database {

    public static final String URL = System.getenv().getOrDefault("DB_URL", "jdbc:mysql://127.0.0.1:3306/recovery");

    private Database() {
    }

    /**
     * Takes the database away ("down": open connections cut, new ones refused) or brings it back ("up"), through
     * the relay the test command puts between the application and the database.
     */
    public static void relay(String command) throws IOException {
        int port = Integer.parseInt(System.getenv().getOrDefault("DB_PROXY_CONTROL", "13307"));
        try (Socket control = new Socket("127.0.0.1", port)) {
            OutputStream out = control.getOutputStream();
            out.write((command + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new BufferedReader(new InputStreamReader(control.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            if (!"ok".equals(answer)) {
                throw new IOException("The database relay answered " + answer + " to " + command);
            }
        }
    }

    /** A connection of the application's own database user. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, System.getenv().getOrDefault("DB_USER", "recovery"),
                System.getenv().getOrDefault("DB_PASSWORD", "recovery"));
    }

    public static List<List<Object>> query(String sql, Object... parameters) {
        try (Connection c = connect();
             PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<List<Object>> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static int update(String sql, Object... parameters) {
        try (Connection c = connect();
             PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static long count(String sql, Object... parameters) {
        return ((Number) query(sql, parameters).get(0).get(0)).longValue();
    }

    /**
     * Counts the tenant's incidents, recoveries, promises and feedback again for the report's daily counts, as an
     * operator does after writing them around the application (an import): the application only counts what it
     * writes itself.
     */
    static void recountIncidents(long tenantId) {
        try (Connection c = connect()) {
            app.recoverydesk.rollup.IncidentDays.markPending(c, tenantId);
            app.recoverydesk.rollup.IncidentDays.rebuildPending(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the incidents of tenant " + tenantId, e);
        }
    }
}
