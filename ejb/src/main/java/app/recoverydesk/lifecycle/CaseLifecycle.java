package app.recoverydesk.lifecycle;

import app.recoverydesk.event.EventType;
import app.recoverydesk.event.Events;
import app.recoverydesk.failure.TextInput;
import app.recoverydesk.feedback.Feedback;
import app.recoverydesk.feedback.Feedbacks;
import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentStatus;
import app.recoverydesk.incident.Incidents;
import app.recoverydesk.promise.OpenPromisesException;
import app.recoverydesk.promise.Promise;
import app.recoverydesk.promise.Promises;
import app.recoverydesk.security.Roles;
import app.recoverydesk.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one owner of where a case stands: every status move is made here, whether a user moves the case, a recovery
 * carries it along or a customer's answer reopens it. Each move is written to the timeline and published as a
 * domain event in the same transaction.
 */
@Stateless
public class CaseLifecycle {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Incidents incidents;

    @Inject
    private Promises promises;

    @Inject
    private Feedbacks feedbacks;

    @Inject
    private Events events;

    @Inject
    private TenantContext caller;

    @Inject
    private Clock clock;

    /** A status change and, where it resolved the case for a customer who may be asked, their feedback token. */
    public record Moved(Incident incident, Optional<String> feedbackToken) {
    }

    /**
     * Moves the case on as a user asks. A case with open promises closes only when a manager closes it with a
     * reason; the promises are then broken, with that reason. Resolving a case for a customer who agreed to be
     * asked issues their feedback link (and their invitation, where they gave an e-mail address).
     */
    public Moved move(long id, @NotNull IncidentStatus target, String reasonText) {
        String reason = TextInput.optional("reason", reasonText, Promise.MAX_REASON);
        Incident incident = incidents.require(id);
        if (target == IncidentStatus.CLOSED) {
            breakOpenPromises(incident, reason);
        }
        record(incident, target, clock.instant());
        em.flush();
        return new Moved(incident, target == IncidentStatus.RESOLVED ? feedbacks.issueFor(incident) : Optional.empty());
    }

    /** The case follows its recovery (granted → recovering, requested → awaiting approval) where it may. */
    public void follow(Incident incident, IncidentStatus target) {
        if (incident.getStatus() != target && incident.getStatus().canMoveTo(target)) {
            record(incident, target, clock.instant());
        }
    }

    /**
     * The customer's answer through their link; a dissatisfied customer reopens a resolved or closed case. Answers
     * {@code false} for a used, expired or unknown link, and changes nothing then.
     */
    public boolean answerFeedback(String token, boolean solved, int satisfaction, int recommend, String comment) {
        Optional<Feedback> answer = feedbacks.answer(token, solved, satisfaction, recommend, comment);
        answer.filter(Feedback::isDissatisfied).ifPresent(f -> {
            Incident incident = incidents.require(f.getIncidentId());
            if (incident.getStatus().canMoveTo(IncidentStatus.REOPENED)) {
                record(incident, IncidentStatus.REOPENED, clock.instant());
            }
        });
        return answer.isPresent();
    }

    private void breakOpenPromises(Incident incident, String reason) {
        List<Promise> open = promises.openOfIncident(incident.getId());
        if (open.isEmpty()) {
            return;
        }
        if (!caller.roles().contains(Roles.MANAGER) || reason == null) {
            throw new OpenPromisesException(open.size());
        }
        open.forEach(p -> promises.breakOnClosing(incident, p, reason));
    }

    private void record(Incident incident, IncidentStatus target, Instant now) {
        IncidentStatus from = incident.getStatus();
        em.persist(incident.moveTo(target, caller.username(), now));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("from", from);
        facts.put("to", target);
        events.publish(eventOf(target), incident.getId(), incident.getLocation().getId(), facts);
    }

    private static EventType eventOf(IncidentStatus target) {
        return switch (target) {
            case RESOLVED -> EventType.CASE_RESOLVED;
            case REOPENED -> EventType.CASE_REOPENED;
            case CLOSED -> EventType.CASE_CLOSED;
            default -> EventType.CASE_MOVED;
        };
    }
}
