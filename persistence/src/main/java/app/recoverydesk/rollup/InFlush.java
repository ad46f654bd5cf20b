package app.recoverydesk.rollup;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.HibernateException;
import org.hibernate.Session;

/**
 * A change's work on the daily rollups, run by its entity listener in the flush, on the transaction's own
 * connection: it commits with the change or not at all. Apart from {@link Days}, so that what counts again over
 * plain JDBC (an import, a test) needs no Hibernate.
 */
public final class InFlush {

    private InFlush() {
    }

    @FunctionalInterface
    public interface Work {
        void on(Connection c) throws SQLException;
    }

    public static void write(EntityManager em, Work work) {
        if (em == null) {
            throw new IllegalStateException("The rollup listener has no persistence context: it is created by CDI");
        }
        em.unwrap(Session.class).doWork(c -> {
            try {
                work.on(c);
            } catch (SQLException e) {
                throw new HibernateException("Could not count the change in the report's daily rollups", e);
            }
        });
    }
}
