package app.recoverydesk.feedback;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The one place where a request without a signed-in user learns a tenant: from a feedback token, which is the
 * customer's only credential. Plain JDBC, so that no tenant-scoped session is opened before the tenant is known.
 */
@Stateless
public class FeedbackGate {

    @Resource(lookup = "java:jboss/datasources/RecoveryDS")
    private DataSource dataSource;

    public Optional<Long> tenantOf(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(app.recoverydesk.feedback.FeedbackLink.TENANT_BY_HASH_SQL)) {
            s.setString(1, Tokens.hash(token));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up a feedback link", e);
        }
    }
}
