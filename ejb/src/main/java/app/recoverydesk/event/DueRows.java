package app.recoverydesk.event;

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
 * What a worker has due, across tenants: a worker has no tenant, so it reads the ids and their tenants with plain
 * SQL and then handles each row as that row's tenant. A database that is away gives nothing now, and the next sweep
 * looks again.
 */
public final class DueRows {

    private DueRows() {
    }

    /** The (id, tenant id) pairs {@code sql} selects with these parameters. */
    public static List<long[]> read(DataSource dataSource, String sql, Object... parameters) {
        List<long[]> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
        } catch (SQLException e) {
            Logger.getLogger(DueRows.class.getName()).log(Level.WARNING,
                    "Could not read what is due; tried again at the next sweep: " + sql, e);
        }
        return rows;
    }
}
