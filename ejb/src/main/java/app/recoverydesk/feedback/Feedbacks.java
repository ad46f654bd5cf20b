package app.recoverydesk.feedback;

import app.recoverydesk.event.EventType;
import app.recoverydesk.event.Events;
import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.Incidents;
import app.recoverydesk.tenancy.CurrentTenant;
import app.recoverydesk.tenancy.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Customer feedback after a recovery: links issued when a case is resolved for a customer who gave a contact
 * and consent, and the answers (what a dissatisfied answer does to the case is the lifecycle's).
 */
@Stateless
public class Feedbacks {

    public static final Duration VALID_FOR = Duration.ofDays(14);

    /** What the public page may show: the business's name and the day of the incident, nothing else. */
    public record Invitation(String business, Instant occurredAt, String language) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Incidents incidents;

    @Inject
    private Events events;

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private Invitations invitations;

    @Inject
    private Clock clock;

    /** Issues a link for a resolved case where the customer may be asked; answers the token (shown once). */
    public Optional<String> issueFor(Incident incident) {
        if (incident.getCustomer() == null || !incident.getCustomer().isConsent() || incident.getCustomer().getContact() == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String token = Tokens.next();
        em.persist(new FeedbackLink(incident.getId(), Tokens.hash(token), incident.getCustomer().getLanguage(),
                now.plus(VALID_FOR), now));
        invitations.invite(incident, token, now.plus(VALID_FOR));
        return Optional.of(token);
    }

    public Optional<Invitation> open(String token) {
        Instant now = clock.instant();
        return link(token, false).filter(l -> l.isUsable(now)).map(l -> {
            Incident incident = incidents.require(l.getIncidentId());
            Tenant tenant = currentTenant.get();
            return new Invitation(tenant.getName(), incident.getOccurredAt(), l.getLanguage());
        });
    }

    /**
     * The language of a link's business whatever became of the link (used, expired), so that even the page saying it
     * can no longer be used speaks the customer's language; empty for an unknown token.
     */
    public Optional<String> languageOf(String token) {
        return link(token, false).map(FeedbackLink::getLanguage);
    }

    /**
     * Stores the answer once; a used, expired or unknown token gets nothing and changes nothing. A comment
     * longer than its column is refused before anything is written, as a message the page shows beside it.
     */
    public Optional<Feedback> answer(String token, boolean solved, int satisfaction, int recommend, String comment) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (satisfaction < 1 || satisfaction > 5) {
            errors.add("satisfaction", "number.range", 1, 5);
        }
        if (recommend < 0 || recommend > 10) {
            errors.add("recommend", "number.range", 0, 10);
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.codePointCount(0, text.length()) > Feedback.MAX_COMMENT) {
            errors.add("comment", "feedback.comment.tooLong", Feedback.MAX_COMMENT);
        }
        errors.throwIfAny();
        comment = text;
        Instant now = clock.instant();
        Optional<FeedbackLink> link = link(token, true).filter(l -> l.isUsable(now));
        if (link.isEmpty()) {
            return Optional.empty();
        }
        link.get().use(now);
        invitations.answered(link.get().getIncidentId(), now);
        Feedback feedback = new Feedback(link.get().getIncidentId(), solved, satisfaction, recommend, comment, now);
        em.persist(feedback);
        Incident incident = incidents.require(feedback.getIncidentId());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("solved", solved);
        facts.put("satisfaction", satisfaction);
        facts.put("recommend", recommend);
        facts.put("dissatisfied", feedback.isDissatisfied());
        events.publish(EventType.FEEDBACK_ANSWERED, incident.getId(), incident.getLocation().getId(), facts);
        return Optional.of(feedback);
    }

    public List<Feedback> ofIncident(long incidentId) {
        incidents.require(incidentId);
        return em.createNamedQuery("Feedback.ofIncident", Feedback.class).setParameter("incidentId", incidentId)
                .getResultList();
    }

    private Optional<FeedbackLink> link(String token, boolean lock) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        var query = em.createNamedQuery("FeedbackLink.byHash", FeedbackLink.class).setParameter("hash", Tokens.hash(token));
        if (lock) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }
}
