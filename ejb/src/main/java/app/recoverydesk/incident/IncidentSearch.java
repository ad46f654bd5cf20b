package app.recoverydesk.incident;

import app.recoverydesk.tenancy.LocationScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

/** Turns an {@link IncidentFilter} into its count and page queries; Hibernate adds the tenant restriction. */
final class IncidentSearch {

    static final int MAX_TEXT = IncidentFilter.MAX_TEXT;


    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final IncidentFilter filter;
    private final List<String> prefixes;

    /** From this many matches on, a search walks the incidents in time order (see {@link #page}). */
    static final int MANY_WORD_MATCHES = 1_000;
    /** The list index by tenant and time (V12): a MySQL index hint, "use index (…)". */
    private static final String TIME_ORDER_INDEX = "ix_incident_occurred";

    IncidentSearch(IncidentFilter filter, ZoneId zone) {
        app.recoverydesk.failure.TextInput.optional("q", filter.text(), MAX_TEXT); // refused before any query
        this.filter = filter;
        add("i.status = :status", "status", filter.status());
        add("i.location.id = :locationId", "locationId", filter.locationId());
        add("i.category.id = :categoryId", "categoryId", filter.categoryId());
        add("i.rootCause = :rootCause", "rootCause", filter.rootCause());
        add("i.severity = :severity", "severity", filter.severity());
        if (filter.from() != null) {
            add("i.occurredAt >= :from", "from", filter.from().atStartOfDay(zone).toInstant());
        }
        if (filter.to() != null) {
            add("i.occurredAt < :to", "to", filter.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        // every word must start one of the incident's words, looked up in the tenant's own word index (see where)
        prefixes = prefixes(filter.text());
        if (prefixes.isEmpty() && filter.text() != null && !filter.text().isBlank()) {
            // words too short to be indexed: a plain substring match
            add("lower(i.whatHappened) like :like", "like", "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
    }

    /**
     * Each word of a search as a LIKE prefix: "cold sou" finds "Cold soup", "anna" the cases of Anna Berg. Operators
     * typed by users are dropped; a phone number is one word (see {@link SearchWords#ofSearch}).
     */
    static List<String> prefixes(String text) {
        return text == null ? List.of() : SearchWords.ofSearch(text).stream().map(w -> w + "%").toList();
    }

    private void add(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }

    /**
     * The conditions, each search word either as the set of incidents that have it or, when {@code walking} the
     * incidents in time order, as a check of each incident's own words. The optimiser turns the set into a table of
     * every match first, also when a page needs 20 of them: 26 ms for a common word at 1M, against 1.8 ms for
     * checking the ~200 newest incidents one by one. A count ("> 0") rather than "exists", which MariaDB would turn
     * back into the set. The check compares the start of each word ("left") rather than a LIKE prefix: given a
     * prefix range, MariaDB read every match of the word for each incident checked wherever it guessed that range
     * smaller than the incident's own words (a small business: 112 ms instead of 17 ms for a page at 1M).
     */
    private String where(boolean walking) {
        List<String> all = new ArrayList<>(conditions);
        for (int n = 0; n < prefixes.size(); n++) {
            all.add(walking
                    ? "(select count(*) from IncidentWord w where w.key.incidentId = i.id and left(w.key.word, "
                            + start(n).codePointCount(0, start(n).length()) + ") = :start" + n + ") > 0"
                    : "i.id in (select w.key.incidentId from IncidentWord w where w.key.word like :word" + n + ")");
        }
        return all.isEmpty() ? "" : " where " + String.join(" and ", all);
    }

    /** The query's parameters: the filter's and each word's, as {@link #where} names them. */
    private <T> TypedQuery<T> bound(TypedQuery<T> query, boolean walking) {
        parameters.forEach(query::setParameter);
        for (int n = 0; n < prefixes.size(); n++) {
            query.setParameter(walking ? "start" + n : "word" + n, walking ? start(n) : prefixes.get(n));
        }
        return query;
    }

    /** The n-th search word, without its LIKE wildcard. */
    private String start(int n) {
        String prefix = prefixes.get(n);
        return prefix.substring(0, prefix.length() - 1);
    }

    /**
     * A page in two statements: the ids, from the list indexes alone; then those incidents with their location,
     * category and customer. Loaded after the page, the three were one more query each, translated anew every
     * time (Hibernate caches no query plan while a filter, here the tenant's, is on): 12 % of the server's CPU
     * per list. Joined into the page's own query, MariaDB read every candidate's row and joins before the word
     * check: a common word's page took 2.1 s (p50 at 200k incidents, 16 clients).
     */
    List<Incident> page(EntityManager em, Tally tally, int first, int max) {
        // Walking (see where) finds a page within a few hundred incidents where matches are many; where they are
        // few, it would read the whole tenant.
        boolean walking = !prefixes.isEmpty() && filter.sort().byTime() && tally.value() >= MANY_WORD_MATCHES;
        TypedQuery<Long> query = bound(em.createQuery("select i.id from Incident i" + where(walking) + " order by "
                + filter.sort().orderBy, Long.class), walking);
        if (walking) {
            query.unwrap(org.hibernate.query.Query.class).addQueryHint(TIME_ORDER_INDEX);
        }
        List<Long> ids = query.setFirstResult(first).setMaxResults(max).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Incident> byId = em.createQuery("select i from Incident i left join fetch i.location"
                        + " left join fetch i.category left join fetch i.customer where i.id in :ids", Incident.class)
                .setParameter("ids", ids)
                // shown, never changed: no snapshots to keep, nothing to compare at commit
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream().collect(Collectors.toMap(Incident::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** How many incidents match, counted by the database up to {@link Tally#CAP}. */
    Tally count(EntityManager em) {
        if (oneWordOnly() && em.unwrap(Session.class).getEnabledFilter(LocationScope.FILTER) == null) {
            Optional<Tally> counted = countWord(em);
            if (counted.isPresent()) {
                return counted.get();
            }
        }
        return Tally.of(bound(em.createQuery(Tally.countOf("from Incident i" + where(false)), Long.class), false)
                .getSingleResult());
    }

    /** A search for one word and nothing else (the common case), by someone who sees the whole tenant. */
    private boolean oneWordOnly() {
        return prefixes.size() == 1 && conditions.isEmpty();
    }

    /**
     * Counts from the word index alone where the search's prefix stands for one indexed word ("cancel" where the
     * tenant's texts have only "cancelled"): that word's entries are one per incident, in id order, so counting up
     * to the cap reads at most that many (under 1 ms). Through the incidents, every match was read first (30 ms
     * for a common word at 1M). Each word entry belongs to an incident of its tenant (a foreign key). Where the
     * prefix starts several words, an incident may have more than one of them: empty, and counted the general way.
     */
    private Optional<Tally> countWord(EntityManager em) {
        List<String> first = wordsFrom(em, "");
        if (first.isEmpty()) {
            return Optional.of(Tally.of(0));
        }
        if (!wordsFrom(em, first.get(0)).isEmpty()) {
            return Optional.empty();
        }
        String capped = Tally.countOfOrdered("select w.key.incidentId as id from IncidentWord w"
                + " where w.key.word = :word order by w.key.incidentId");
        return Optional.of(Tally.of(em.createQuery(capped, Long.class).setParameter("word", first.get(0))
                .getSingleResult()));
    }

    /** The first indexed word with the search's prefix that comes after {@code after}: one index entry read. */
    private List<String> wordsFrom(EntityManager em, String after) {
        return em.createQuery("select w.key.word from IncidentWord w where w.key.word like :word0 and w.key.word > :after"
                        + " order by w.key.word", String.class)
                .setParameter("word0", prefixes.get(0)).setParameter("after", after).setMaxResults(1).getResultList();
    }
}
