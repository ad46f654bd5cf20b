package app.recoverydesk.feedback;

import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentService;
import app.recoverydesk.incident.IncidentStatus;
import app.recoverydesk.recovery.Notification;
import app.recoverydesk.security.Roles;
import app.recoverydesk.tenancy.Tenant;
import app.recoverydesk.tenancy.CurrentTenant;
import app.recoverydesk.tenancy.TenantContext;
import app.recoverydesk.failure.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Customer feedback after a recovery: links issued when a case is resolved for a customer who gave a contact
 * and consent, and the answers. A dissatisfied answer reopens the case and alerts the managers.
 */
@Stateless
public class Feedbacks {

    public static final Duration VALID_FOR = Duration.ofDays(14);

    /** What the public page may show: the business's name and the day of the incident, nothing else. */
    public record Invitation(String business, Instant occurredAt, String language) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private IncidentService incidents;

    @Inject
    private TenantContext caller;

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
        Tenant tenant = currentTenant.get();
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
     * Stores the answer once; a used, expired or unknown token gets {@code false} and changes nothing. A comment
     * longer than its column is refused before anything is written, as a message the page shows beside it.
     */
    public boolean answer(String token, boolean solved, int satisfaction, int recommend, String comment) {
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
            return false;
        }
        link.get().use(now);
        invitations.answered(link.get().getIncidentId(), now);
        Feedback feedback = new Feedback(link.get().getIncidentId(), solved, satisfaction, recommend, comment, now);
        em.persist(feedback);
        if (feedback.isDissatisfied()) {
            Incident incident = incidents.require(feedback.getIncidentId());
            if (incident.getStatus().canMoveTo(IncidentStatus.REOPENED)) {
                em.persist(incident.moveTo(IncidentStatus.REOPENED, caller.username(), now));
            }
            em.persist(Notification.aboutIncident(Roles.MANAGER, Notification.Kind.FEEDBACK_DISSATISFIED,
                    incident.getId(), incident.getLocation().getId(), now));
        }
        return true;
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
