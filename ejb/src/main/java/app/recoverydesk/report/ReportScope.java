package app.recoverydesk.report;

import jakarta.persistence.Query;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A period and the locations a report covers. {@code locations} is null when the caller sees the whole tenant
 * and asked for no subset: then no location condition is added, which keeps every index usable.
 */
public record ReportScope(Period period, Set<Long> locations) implements Serializable {

    public boolean restricted() {
        return locations != null;
    }

    /** {@code and <path> in :locations}, or nothing. */
    String at(String path) {
        return restricted() ? " and " + path + " in :locations" : "";
    }

    /** {@code <time> >= :from and <time> < :to} and the location condition. */
    String within(String time, String location) {
        return " " + time + " >= :from and " + time + " < :to" + at(location);
    }

    <Q extends Query> Q bind(Q query) {
        query.setParameter("from", period.start());
        query.setParameter("to", period.end());
        if (restricted()) {
            query.setParameter("locations", locations.isEmpty() ? List.of(-1L) : List.copyOf(locations));
        }
        return query;
    }

    /** Runs an aggregate over this scope. */
    List<Object[]> rows(jakarta.persistence.EntityManager em, String hql) {
        return bind(em.createQuery(hql, Object[].class)).getResultList();
    }

    /** Runs an aggregate over this scope whose rows are built by its select clause ({@code select new}). */
    <T> List<T> rows(jakarta.persistence.EntityManager em, String jpql, Class<T> row) {
        return bind(em.createQuery(jpql, row)).getResultList();
    }

    ReportScope previous() {
        return new ReportScope(period.previous(), locations);
    }

    Instant start() {
        return period.start();
    }
}
