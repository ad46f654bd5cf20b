package app.recoverydesk.api;

import app.recoverydesk.incident.IncidentEvent;
import java.time.Instant;

/** One audit entry: who changed what, when, from which value to which. */
public record TimelineEntryJson(Instant at, String actor, String kind, String field, String from, String to) {

    static TimelineEntryJson of(IncidentEvent e) {
        return new TimelineEntryJson(e.getOccurredAt(), e.getActor(), e.getKind().name(), e.getField(),
                e.getFromValue(), e.getToValue());
    }
}
