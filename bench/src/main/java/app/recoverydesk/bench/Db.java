package app.recoverydesk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC to the application's database, as the application's own user. */
record Db(String url, String user, String password) {

    /** The demo tenant the HTTP scenarios act in (bistro-frontline's organization in the realm). */
    static final String BISTRO_ORGANIZATION = "8c2b7a9e-5d1f-4b6a-9e43-1f0a2c3d4e01";
    /** A small demo tenant (hotel-frontline's, hotel-executive's): the scenarios' figures for a small business. */
    static final String HOTEL_ORGANIZATION = "8c2b7a9e-5d1f-4b6a-9e43-1f0a2c3d4e02";

    /** A tenant's ids the scenarios need: its locations and (possibly no) categories. */
    record TenantIds(long id, List<Long> locations, List<Long> categories) {
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** DATETIME(6) columns hold UTC; a LocalDateTime is stored as is, whatever the session time zone. */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String version() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT VERSION()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    TenantIds tenant(String organizationId) throws SQLException {
        try (Connection c = connect()) {
            long id;
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM tenant WHERE organization_id = ?")) {
                ps.setString(1, organizationId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("No tenant for organization " + organizationId
                                + " (was the application started with DEMO_DATA=true?)");
                    }
                    id = rs.getLong(1);
                }
            }
            return new TenantIds(id, ids(c, "SELECT id FROM location WHERE tenant_id = ? ORDER BY id", id),
                    ids(c, "SELECT id FROM incident_category WHERE tenant_id = ? AND active ORDER BY id", id));
        }
    }

    static List<Long> ids(Connection c, String sql, long tenantId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, tenantId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
