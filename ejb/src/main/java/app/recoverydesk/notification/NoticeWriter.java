package app.recoverydesk.notification;

import app.recoverydesk.event.DomainEvent;
import app.recoverydesk.event.Part;
import app.recoverydesk.security.Roles;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The in-app part of the reaction to a domain event: who is told in the app about what. Runs in the event's
 * hand-over transaction, so a notice exists once per event, however often the hand-over was tried.
 */
@Stateless
public class NoticeWriter {

    @PersistenceContext
    private EntityManager em;

    public void on(@Observes @Part("notices") DomainEvent event) {
        Long incident = event.incidentId();
        Long location = event.locationId();
        switch (event.type()) {
            case RECOVERY_REQUESTED -> em.persist(Notification.toRole(Roles.MANAGER,
                    Notification.Kind.EXCEPTION_REQUESTED, incident, location, event.occurredAt())
                    .aboutRecovery(event.number("recoveryId")));
            case RECOVERY_ESCALATED -> em.persist(Notification.toRole(Roles.EXECUTIVE,
                    Notification.Kind.APPROVAL_OVERDUE, incident, location, event.occurredAt())
                    .aboutRecovery(event.number("recoveryId")));
            case RECOVERY_ASSIGNED -> {
                // the new assignee, unless they took it themselves
                String assignee = event.text("assignee");
                if (assignee != null && !assignee.equalsIgnoreCase(event.actor())) {
                    em.persist(Notification.toPerson(assignee, Notification.Kind.APPROVAL_ASSIGNED, incident, location,
                            event.occurredAt()).aboutRecovery(event.number("recoveryId")));
                }
            }
            case PROMISE_LATE -> {
                String owner = event.text("owner");
                if (owner != null) {
                    em.persist(Notification.toPerson(owner, Notification.Kind.PROMISE_OVERDUE, incident, location,
                            event.occurredAt()).aboutPromise(event.number("promiseId")));
                }
                em.persist(Notification.toRole(Roles.MANAGER, Notification.Kind.PROMISE_OVERDUE, incident, location,
                        event.occurredAt()).aboutPromise(event.number("promiseId")));
            }
            case FEEDBACK_ANSWERED -> {
                if (Boolean.TRUE.equals(event.get("dissatisfied"))) {
                    em.persist(Notification.toRole(Roles.MANAGER, Notification.Kind.FEEDBACK_DISSATISFIED, incident,
                            location, event.occurredAt()));
                }
            }
            default -> {
                // nobody is told in the app
            }
        }
    }
}
