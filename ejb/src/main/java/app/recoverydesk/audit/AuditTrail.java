package app.recoverydesk.audit;

import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Reads the caller's business's audit log for its admins and executives: newest first, filtered by person, kind and
 * period (days in the business's time zone, both included). Downloading it is itself recorded.
 */
@Stateless
public class AuditTrail {

    /** The most entries one page or one download holds. */
    public static final int MAX_ROWS = 10_000;

    /** What to show: each part null for "any". */
    public record Filter(String person, String kind, LocalDate from, LocalDate to) implements Serializable {

        public static final Filter ALL = new Filter(null, null, null, null);

        /** The filter with blank parts as "any", each part checked against its column (every bad one named). */
        public static Filter of(String person, String kind, LocalDate from, LocalDate to) {
            InvalidInputException.Collector errors = new InvalidInputException.Collector();
            String p = blankToNull(person);
            String k = blankToNull(kind);
            if (p != null && p.length() > 255) {
                errors.add("person", "text.tooLong", 255);
            }
            if (k != null && k.length() > 60) {
                errors.add("kind", "text.tooLong", 60);
            }
            if (from != null && to != null && to.isBefore(from)) {
                errors.add("to", "audit.period.invalid");
            }
            errors.throwIfAny();
            return new Filter(p, k, from, to);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }

        /** The filter as the audit entry of a download records it. */
        public String describe() {
            StringJoiner parts = new StringJoiner("; ");
            if (person != null) parts.add("person " + person);
            if (kind != null) parts.add("kind " + kind);
            if (from != null) parts.add("from " + from);
            if (to != null) parts.add("to " + to);
            return parts.length() == 0 ? "all entries" : parts.toString();
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private AuditLog log;

    /** A page of the matching entries, newest first. */
    public List<AuditEntry> find(Filter filter, int offset, int limit) {
        return query(filter, "select e", " order by e.seq desc", AuditEntry.class)
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, MAX_ROWS)))
                .getResultList();
    }

    public long count(Filter filter) {
        return query(filter, "select count(e)", "", Long.class).getSingleResult();
    }

    /** The people and the kinds that occur in the log, for the page's filters. */
    public List<String> people() {
        return em.createQuery("select distinct e.actor from AuditEntry e order by e.actor", String.class).getResultList();
    }

    public List<String> kinds() {
        return em.createQuery("select distinct e.kind from AuditEntry e order by e.kind", String.class).getResultList();
    }

    /**
     * The matching entries for a download (at most {@link #MAX_ROWS}, newest first), and an {@code audit.exported}
     * entry saying who downloaded which part, written with the read.
     */
    public List<AuditEntry> export(Filter filter, String format) {
        List<AuditEntry> entries = find(filter, 0, MAX_ROWS);
        log.record("audit.exported", "audit log", null, format + ", " + filter.describe() + ", " + entries.size() + " entries");
        return entries;
    }

    /** The business's time zone, in which the page shows times and reads days. */
    public ZoneId zone() {
        return currentTenant.get().getTimeZone();
    }

    private <T> TypedQuery<T> query(Filter filter, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from AuditEntry e where 1 = 1");
        List<Object[]> params = new ArrayList<>();
        if (filter.person() != null) {
            jpql.append(" and e.actor = :person");
            params.add(new Object[] {"person", filter.person()});
        }
        if (filter.kind() != null) {
            jpql.append(" and e.kind = :kind");
            params.add(new Object[] {"kind", filter.kind()});
        }
        ZoneId zone = filter.from() != null || filter.to() != null ? zone() : null;
        if (filter.from() != null) {
            jpql.append(" and e.at >= :from");
            params.add(new Object[] {"from", filter.from().atStartOfDay(zone).toInstant()});
        }
        if (filter.to() != null) {
            jpql.append(" and e.at < :to");
            params.add(new Object[] {"to", filter.to().plusDays(1).atStartOfDay(zone).toInstant()});
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        params.forEach(p -> query.setParameter((String) p[0], p[1]));
        return query;
    }
}
