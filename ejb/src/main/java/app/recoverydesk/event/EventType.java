package app.recoverydesk.event;

import java.util.Arrays;
import java.util.Optional;

/** Every kind of domain event, by the name it has on the wire (webhooks, the README's table). */
public enum EventType {
    INCIDENT_LOGGED("incident.logged"),
    RECOVERY_GRANTED("recovery.granted"),
    RECOVERY_REQUESTED("recovery.requested"),
    RECOVERY_DECIDED("recovery.decided"),
    PROMISE_MADE("promise.made"),
    PROMISE_KEPT("promise.kept"),
    PROMISE_LATE("promise.late"),
    PROMISE_BROKEN("promise.broken"),
    CASE_RESOLVED("case.resolved"),
    CASE_REOPENED("case.reopened"),
    CASE_CLOSED("case.closed"),
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
