package app.recoverydesk.incident;

import app.recoverydesk.failure.TextInput;
import app.recoverydesk.feedback.Feedbacks;
import app.recoverydesk.promise.OpenPromisesException;
import app.recoverydesk.promise.Promise;
import app.recoverydesk.security.Roles;
import app.recoverydesk.tenancy.Location;
import app.recoverydesk.tenancy.Locations;
import app.recoverydesk.tenancy.TenantContext;
import app.recoverydesk.failure.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Logging, revising and moving incidents along their lifecycle: the transaction boundary for both the pages
 * and the API. Tenant scoping is not done here but by the tenant filter on every query; this class never
 * names a tenant. Every change is written to the incident's timeline in the same transaction.
 */
@Stateless
public class IncidentService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Locations locations;

    @Inject
    private Categories categories;

    @Inject
    private Customers customers;

    @Inject
    private TenantContext caller;

    @Inject
    private Feedbacks feedbacks;

    @Inject
    private Clock clock;

    public Incident log(@NotNull @Valid IncidentDraft draft) {
        Instant now = clock.instant();
        Incident incident = new Incident(locationOf(draft), draft.getOccurredAt(), detailsOf(draft, now),
                caller.username(), now);
        em.persist(incident);
        em.flush();
        em.persist(IncidentEvent.created(incident, caller.username()));
        incident.searchWords().forEach(em::persist);
        return incident;
    }

    /** Saves an edit made from {@code draft.version}; refused if someone saved in between. */
    public Incident revise(long id, @NotNull @Valid IncidentDraft draft) {
        Incident incident = require(id);
        if (draft.getVersion() == null || draft.getVersion() != incident.getVersion()) {
            throw new StaleIncidentException();
        }
        Instant now = clock.instant();
        List<String> wordsBefore = wordsOf(incident.searchWords());
        incident.revise(locationOf(draft), draft.getOccurredAt(), detailsOf(draft, now), caller.username(), now)
                .forEach(em::persist);
        List<IncidentWord> words = incident.searchWords();
        if (!wordsOf(words).equals(wordsBefore)) {
            em.createNamedQuery("IncidentWord.deleteOfIncident").setParameter("incidentId", id).executeUpdate();
            words.forEach(em::persist);
        }
        em.flush();
        return incident;
    }

    private static List<String> wordsOf(List<IncidentWord> words) {
        return words.stream().map(IncidentWord::getWord).toList();
    }

    public Incident moveTo(long id, @NotNull IncidentStatus target) {
        return moveTo(id, target, null);
    }

    /** A status change and, where it resolved the case for a customer who may be asked, their feedback token. */
    public record Moved(Incident incident, Optional<String> feedbackToken) {
    }

    public Moved move(long id, @NotNull IncidentStatus target, String reason) {
        Incident incident = moveTo(id, target, reason);
        return new Moved(incident, target == IncidentStatus.RESOLVED ? feedbacks.issueFor(incident) : Optional.empty());
    }

    /**
     * Moves the case on. A case with open promises closes only when a manager closes it with a reason; the
     * promises are then broken, with that reason, on the timeline.
     */
    public Incident moveTo(long id, @NotNull IncidentStatus target, String reasonText) {
        String reason = TextInput.optional("reason", reasonText, Promise.MAX_REASON);
        Incident incident = require(id);
        Instant now = clock.instant();
        if (target == IncidentStatus.CLOSED) {
            List<Promise> open = em.createNamedQuery("Promise.openOfIncident", Promise.class)
                    .setParameter("incidentId", id).getResultList();
            if (!open.isEmpty()) {
                if (!caller.roles().contains(Roles.MANAGER) || reason == null) {
                    throw new OpenPromisesException(open.size());
                }
                for (Promise p : open) {
                    p.breakWith(reason);
                    em.persist(IncidentEvent.changedBy(incident, now, caller.username(), "promise",
                            p.getWhat() + ": OPEN", p.getWhat() + ": BROKEN: " + reason));
                }
            }
        }
        em.persist(incident.moveTo(target, caller.username(), now));
        em.flush();
        return incident;
    }

    /** A page of the list with how many incidents it has: counted first, as the page's query plan depends on it. */
    public record Listed(List<Incident> page, Tally tally) {
    }

    public Listed list(IncidentFilter filter, ZoneId zone, int first, int max) {
        IncidentSearch search = new IncidentSearch(filter, zone);
        Tally tally = search.count(em);
        return new Listed(search(search, tally, first, max), tally);
    }

    /** A page of the list, where its count is known already (the page's table asks for both separately). */
    public List<Incident> search(IncidentFilter filter, ZoneId zone, Tally tally, int first, int max) {
        return search(new IncidentSearch(filter, zone), tally, first, max);
    }

    private List<Incident> search(IncidentSearch search, Tally tally, int first, int max) {
        if (tally.exact() && tally.value() <= first) {
            return List.of();
        }
        return search.page(em, tally, first, max);
    }

    public Tally count(IncidentFilter filter, ZoneId zone) {
        return new IncidentSearch(filter, zone).count(em);
    }

    public Optional<Incident> find(long id) {
        return em.createNamedQuery("Incident.byId", Incident.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    public Incident require(long id) {
        return find(id).orElseThrow(() -> new IncidentNotFoundException());
    }

    /** Fails with "not found" unless the caller may see the incident; loads nothing into the persistence context. */
    public void requireExists(long id) {
        if (em.createNamedQuery("Incident.countById", Long.class).setParameter("id", id).getSingleResult() == 0) {
            throw new IncidentNotFoundException();
        }
    }

    /** The incident, locked for the rest of the transaction (latest committed version, not the snapshot). */
    public Incident requireLocked(long id) {
        return em.createNamedQuery("Incident.byId", Incident.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new IncidentNotFoundException());
    }

    public List<IncidentEvent> timeline(long incidentId) {
        require(incidentId);
        return em.createNamedQuery("IncidentEvent.ofIncident", IncidentEvent.class)
                .setParameter("incidentId", incidentId).getResultList();
    }

    /** The same customer's other incidents, newest first: repeat complaints show on the case. */
    public List<Incident> earlierIncidentsOfCustomer(Incident incident) {
        if (incident.getCustomer() == null) {
            return List.of();
        }
        return em.createNamedQuery("Incident.ofCustomer", Incident.class)
                .setParameter("customerId", incident.getCustomer().getId())
                .setParameter("excluding", incident.getId())
                .setMaxResults(50).getResultList();
    }

    private Location locationOf(IncidentDraft draft) {
        return locations.find(draft.getLocationId())
                .orElseThrow(() -> new InvalidInputException("locationId", "incident.location.unknown"));
    }

    private Incident.Details detailsOf(IncidentDraft draft, Instant now) {
        IncidentCategory category = categories.find(draft.getCategoryId())
                .filter(IncidentCategory::isActive)
                .orElseThrow(() -> new InvalidInputException("categoryId", "incident.category.unknown"));
        Customer customer = draft.hasCustomer()
                ? customers.recognise(draft.getCustomerName(), draft.getCustomerContact(), draft.isCustomerConsent(), draft.getCustomerLanguage(), now)
                : null;
        return new Incident.Details(draft.getWhatHappened(), Severity.valueOf(draft.getSeverity()),
                RootCause.valueOf(draft.getRootCause()), draft.getRootCauseNote(), draft.channelOrDefault(),
                category, draft.getCustomerExpected(), customer);
    }
}
