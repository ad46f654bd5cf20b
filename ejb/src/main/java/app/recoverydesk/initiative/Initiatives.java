package app.recoverydesk.initiative;

import app.recoverydesk.audit.AuditLog;
import app.recoverydesk.incident.Categories;
import app.recoverydesk.incident.Incidents;
import app.recoverydesk.security.Roles;
import app.recoverydesk.tenancy.Location;
import app.recoverydesk.tenancy.Locations;
import app.recoverydesk.tenancy.StaffLocations;
import app.recoverydesk.volume.Rate;
import app.recoverydesk.volume.Volumes;
import app.recoverydesk.volume.VolumeTally;
import app.recoverydesk.tenancy.TenantContext;
import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.failure.Message;
import app.recoverydesk.event.EventType;
import app.recoverydesk.event.Events;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Improvement initiatives and their gate; every transition is recorded with who, when and why. */
@Stateless
public class Initiatives {

    /**
     * Incident counts in the window before the fix and the one after it, and the incidents per 1,000 units of each
     * (over its days with a recorded volume). The drop is of the rates where both windows have volume recorded
     * ({@code byRate}), else of the raw counts.
     */
    public record Measure(Instant baselineFrom, Instant fixedAt, Instant afterUntil, long before, long after,
                          int dropPercent, boolean windowOver, Rate beforeRate, Rate afterRate)
                                  implements Serializable {

        public boolean byRate() {
            return byRate(beforeRate, afterRate);
        }

        static boolean byRate(Rate before, Rate after) {
            return before.perThousand() != null && after.perThousand() != null;
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Incidents incidents;

    @Inject
    private Events events;

    @Inject
    private Categories categories;

    @Inject
    private StaffLocations staffLocations;

    @Inject
    private TenantContext caller;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    @Inject
    private Volumes volumes;

    @Inject
    private Locations locations;

    public Initiative create(@NotNull @Valid NewInitiative request) {
        if (request.getCategoryId() != null && categories.find(request.getCategoryId()).isEmpty()) {
            throw new InvalidInputException("categoryId", "incident.category.unknown");
        }
        staffLocations.requireKnown(request.getLocationIds());
        Initiative initiative = new Initiative(request.getTitle().strip(), request.getProblem().strip(), caller.username(),
                request.getRootCause(), request.getCategoryId(), request.getLocationIds(), request.getExpectedEffect(),
                request.getTargetDropPercent(), request.getWindowDays(), caller.username(), clock.instant());
        em.persist(initiative);
        em.flush();
        em.persist(initiative.created());
        return initiative;
    }

    public InitiativeItem addItem(long id, ItemKind kind, String title, String owner, LocalDate due) {
        Initiative initiative = require(id);
        InitiativeItem item = new InitiativeItem(initiative.getId(), kind, title, owner, due, caller.username());
        em.persist(item);
        return item;
    }

    public InitiativeItem completeItem(long id, long itemId, String trained) {
        InitiativeItem item = items(id).stream().filter(i -> i.getId() == itemId).findFirst()
                .orElseThrow(() -> new InitiativeNotFoundException());
        item.complete(trained, clock.instant());
        return item;
    }

    /** Links incidents by id; each must be the caller's tenant's. */
    public void link(long id, List<Long> incidentIds) {
        Initiative initiative = require(id);
        for (Long incidentId : incidentIds) {
            incidents.require(incidentId);
            if (em.createNamedQuery("InitiativeIncident.exists", Long.class).setParameter("initiativeId", id)
                    .setParameter("incidentId", incidentId).getSingleResult() == 0) {
                em.persist(new InitiativeIncident(initiative.getId(), incidentId));
            }
        }
    }

    /** Links every incident of the initiative's root cause, category and locations in the window. */
    public int linkMatching(long id, Instant from, Instant to) {
        Initiative initiative = require(id);
        List<Long> ids = matching(initiative, from, to, Long.class, "select i.id").getResultList();
        link(id, ids);
        return ids.size();
    }

    public Initiative transition(long id, @NotNull InitiativeStatus to, String reason, Instant fixedAt, String text) {
        return transition(id, to, reason, fixedAt, text, java.util.Map.of());
    }

    /** As {@link #transition(long, InitiativeStatus, String, Instant, String)}, with the announcement's translations. */
    public Initiative transition(long id, @NotNull InitiativeStatus to, String reason, Instant fixedAt, String text,
                                 java.util.Map<String, String> translations) {
        checkTranslations(translations);
        Initiative initiative = require(id);
        Instant now = clock.instant();
        String me = caller.username();
        InitiativeEvent event = switch (to) {
            case FIXING -> initiative.getStatus() == InitiativeStatus.VERIFYING
                    ? initiative.backToFixing(reason, me, now) : initiative.startFixing(me, now);
            case VERIFYING -> initiative.startVerifying(items(id), fixedAt, me, now);
            case VERIFIED -> {
                initiative.requireMeasurable(now);
                Measure m = measure(initiative).orElseThrow();
                yield m.byRate()
                        ? initiative.verify((int) m.before(), (int) m.after(), m.beforeRate().perThousand(),
                                m.afterRate().perThousand(), me, now)
                        : initiative.verify((int) m.before(), (int) m.after(), me, now);
            }
            // an executive announcing before verification overrides the gate, which needs their written reason
            case ANNOUNCED -> initiative.getStatus() != InitiativeStatus.VERIFIED && caller.roles().contains(Roles.EXECUTIVE)
                    ? initiative.overrideAndAnnounce(text, reason, me, now) : initiative.announce(text, me, now);
            case ABANDONED -> initiative.abandon(reason, me, now);
            case PROPOSED -> throw new GateException(List.of(Message.of("gate.proposed")));
        };
        em.persist(event);
        if (event.isGateOverride()) {
            audit.record("initiative.gate-overridden", "initiative " + initiative.getId(), String.valueOf(event.getFrom()),
                    reason == null ? null : reason.strip());
        }
        if (to == InitiativeStatus.ANNOUNCED && translations != null && !translations.isEmpty()) {
            initiative.translateAnnouncement(translations);
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("initiativeId", initiative.getId());
        facts.put("from", event.getFrom());
        facts.put("to", event.getTo());
        facts.put("override", event.isGateOverride());
        events.publish(EventType.INITIATIVE_MOVED, null, null, facts);
        return initiative;
    }

    /** The incidents of the initiative's cause in both windows, once a fix date is known. */
    public Optional<Measure> measure(Initiative initiative) {
        if (initiative.getFixedAt() == null) {
            return Optional.empty();
        }
        long before = matching(initiative, initiative.baselineFrom(), initiative.getFixedAt(), Long.class, "select count(i)")
                .getSingleResult();
        long after = matching(initiative, initiative.getFixedAt(), initiative.afterUntil(), Long.class, "select count(i)")
                .getSingleResult();
        Rate beforeRate = rate(initiative, initiative.baselineFrom(), initiative.getFixedAt());
        Rate afterRate = rate(initiative, initiative.getFixedAt(), initiative.afterUntil());
        int drop = Measure.byRate(beforeRate, afterRate)
                ? Rate.dropPercent(beforeRate.perThousand(), afterRate.perThousand())
                : before == 0 ? 0 : (int) ((before - after) * 100 / before);
        return Optional.of(new Measure(initiative.baselineFrom(), initiative.getFixedAt(), initiative.afterUntil(),
                before, after, drop, !clock.instant().isBefore(initiative.afterUntil()), beforeRate, afterRate));
    }

    /**
     * Incidents of the initiative's cause per 1,000 units over the whole days of {@code [from, to)} with a recorded
     * volume, at the initiative's locations (all the business's when it names none).
     */
    private Rate rate(Initiative initiative, Instant from, Instant to) {
        Map<Long, VolumeTally.Span> spans = new java.util.HashMap<>();
        Set<Long> places = initiative.getLocationIds();
        for (Location location : locations.all()) {
            if (places.isEmpty() || places.contains(location.getId())) {
                spans.put(location.getId(), VolumeTally.Span.within(location.getTimeZone(), from, to));
            }
        }
        return volumes.tally(spans, from, to, range -> matching(initiative, range[0], range[1], Object[].class,
                "select i.location.id, function('hour_of', i.occurredAt), count(i)",
                " group by i.location.id, function('hour_of', i.occurredAt)").getResultList()).total();
    }

    private <T> TypedQuery<T> matching(Initiative initiative, Instant from, Instant to, Class<T> type, String select) {
        return matching(initiative, from, to, type, select, "");
    }

    private <T> TypedQuery<T> matching(Initiative initiative, Instant from, Instant to, Class<T> type, String select,
                                       String groupBy) {
        StringBuilder jpql = new StringBuilder(select + " from Incident i where i.occurredAt >= :from and i.occurredAt < :to");
        if (initiative.getRootCause() != null) {
            jpql.append(" and i.rootCause = :rootCause");
        }
        if (initiative.getCategoryId() != null) {
            jpql.append(" and i.category.id = :categoryId");
        }
        Set<Long> places = initiative.getLocationIds();
        if (!places.isEmpty()) {
            jpql.append(" and i.location.id in :locations");
        }
        jpql.append(groupBy);
        TypedQuery<T> query = em.createQuery(jpql.toString(), type).setParameter("from", from).setParameter("to", to);
        if (initiative.getRootCause() != null) {
            query.setParameter("rootCause", initiative.getRootCause());
        }
        if (initiative.getCategoryId() != null) {
            query.setParameter("categoryId", initiative.getCategoryId());
        }
        if (!places.isEmpty()) {
            query.setParameter("locations", places);
        }
        return query;
    }

    public List<Initiative> all() {
        return em.createNamedQuery("Initiative.all", Initiative.class).getResultList();
    }

    public Initiative require(long id) {
        return em.createNamedQuery("Initiative.byId", Initiative.class).setParameter("id", id).getResultStream()
                .findFirst().orElseThrow(() -> new InitiativeNotFoundException());
    }

    public List<InitiativeItem> items(long id) {
        require(id);
        return em.createNamedQuery("InitiativeItem.of", InitiativeItem.class).setParameter("initiativeId", id).getResultList();
    }

    public List<InitiativeEvent> history(long id) {
        require(id);
        return em.createNamedQuery("InitiativeEvent.of", InitiativeEvent.class).setParameter("initiativeId", id).getResultList();
    }

    public List<Long> linkedIncidents(long id) {
        require(id);
        return em.createNamedQuery("InitiativeIncident.incidentsOf", Long.class).setParameter("initiativeId", id).getResultList();
    }

    public List<Initiative> addressing(long incidentId) {
        return em.createNamedQuery("InitiativeIncident.initiativesOf", Initiative.class).setParameter("incidentId", incidentId)
                .getResultList();
    }

    /** Bytes the translations column (TEXT) holds. */
    private static final int TRANSLATIONS_BYTES = 65_535;

    private static void checkTranslations(java.util.Map<String, String> translations) {
        app.recoverydesk.i18n.Translations.requireFit("translations", translations, Initiative.MAX_ANNOUNCEMENT,
                json -> json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= TRANSLATIONS_BYTES);
    }
}
