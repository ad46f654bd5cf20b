package app.recoverydesk.incident;

import app.recoverydesk.event.EventType;
import app.recoverydesk.event.Events;
import app.recoverydesk.tenancy.Location;
import app.recoverydesk.tenancy.Locations;
import app.recoverydesk.tenancy.TenantContext;
import app.recoverydesk.failure.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Logging, revising and listing incidents: the transaction boundary for both the pages and the API (status moves
 * belong to {@code CaseLifecycle}, single reads to {@link Incidents}). Tenant scoping is not done here but by the tenant filter on every query; this class never
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
    private Incidents incidents;

    @Inject
    private Events events;

    @Inject
    private Clock clock;

    public Incident log(@NotNull @Valid IncidentDraft draft) {
        Instant now = clock.instant();
        Incident incident = new Incident(locationOf(draft, null), draft.getOccurredAt(), detailsOf(draft, null, now),
                caller.username(), now);
        em.persist(incident);
        em.flush();
        em.persist(IncidentEvent.created(incident, caller.username()));
        incident.searchWords().forEach(em::persist);
        events.publish(EventType.INCIDENT_LOGGED, incident.getId(), incident.getLocation().getId(), factsOf(incident));
        return incident;
    }

    /** Saves an edit made from {@code draft.version}; refused if someone saved in between. */
    public Incident revise(long id, @NotNull @Valid IncidentDraft draft) {
        Incident incident = incidents.require(id);
        if (draft.getVersion() == null || draft.getVersion() != incident.getVersion()) {
            throw new StaleIncidentException();
        }
        Instant now = clock.instant();
        List<String> wordsBefore = wordsOf(incident.searchWords());
        incident.revise(locationOf(draft, incident.getLocation()), draft.getOccurredAt(), detailsOf(draft, id, now), caller.username(), now)
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

    /** What an incident.logged event tells: no free text and nothing about the customer but whether there is one. */
    private static Map<String, Object> factsOf(Incident incident) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("status", incident.getStatus());
        facts.put("severity", incident.getSeverity());
        facts.put("rootCause", incident.getRootCause());
        facts.put("categoryId", incident.getCategory().getId());
        facts.put("channel", incident.getChannel());
        facts.put("occurredAt", incident.getOccurredAt());
        facts.put("customer", incident.getCustomer() != null);
        return facts;
    }

    /** The draft's location; a location out of use only where the incident already is (its edit keeps it). */
    private Location locationOf(IncidentDraft draft, Location current) {
        Location location = locations.find(draft.getLocationId())
                .orElseThrow(() -> new InvalidInputException("locationId", "incident.location.unknown"));
        if (!location.isActive() && (current == null || !current.getId().equals(location.getId()))) {
            throw new InvalidInputException("locationId", "incident.location.inactive", location.getName());
        }
        return location;
    }

    /** The draft's details; {@code caseId} is the incident they are for, null for a new one. */
    private Incident.Details detailsOf(IncidentDraft draft, Long caseId, Instant now) {
        IncidentCategory category = categories.find(draft.getCategoryId())
                .filter(IncidentCategory::isActive)
                .orElseThrow(() -> new InvalidInputException("categoryId", "incident.category.unknown"));
        Customer customer = draft.hasCustomer()
                ? customers.recognise(draft.getCustomerName(), draft.getCustomerContact(), draft.isCustomerConsent(), draft.getCustomerLanguage(), now, caseId)
                : null;
        return new Incident.Details(draft.getWhatHappened(), Severity.valueOf(draft.getSeverity()),
                RootCause.valueOf(draft.getRootCause()), draft.getRootCauseNote(), draft.channelOrDefault(),
                category, draft.getCustomerExpected(), customer);
    }
}
