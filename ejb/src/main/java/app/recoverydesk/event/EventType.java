package app.recoverydesk.event;

import java.util.Arrays;
import java.util.Optional;

/** Every kind of domain event, by the name it has on the wire (webhooks, the README's table). */
public enum EventType {
    INCIDENT_LOGGED("incident.logged"),
    RECOVERY_GRANTED("recovery.granted"),
    RECOVERY_REQUESTED("recovery.requested"),
    RECOVERY_DECIDED("recovery.decided"),
    /** A request is assigned to a manager, or to nobody again. */
    RECOVERY_ASSIGNED("recovery.assigned"),
    /** A request still undecided at its tenant's target time: the executives are told. */
    RECOVERY_ESCALATED("recovery.escalated"),
    PROMISE_MADE("promise.made"),
    PROMISE_KEPT("promise.kept"),
    PROMISE_LATE("promise.late"),
    PROMISE_BROKEN("promise.broken"),
    CASE_RESOLVED("case.resolved"),
    CASE_REOPENED("case.reopened"),
    CASE_CLOSED("case.closed"),
    /** Any other status move: a case following its recovery, or moved by hand. */
    CASE_MOVED("case.moved"),
    FEEDBACK_ANSWERED("feedback.answered"),
    INITIATIVE_MOVED("initiative.moved"),
    /** Sent to one webhook endpoint on request, never to others. */
    WEBHOOK_TEST("webhook.test");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<EventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
