package app.recoverydesk.api;

import app.recoverydesk.incident.Incident;
import java.time.Instant;

/** An incident as the API shows it. */
public record IncidentJson(long id, long locationId, String locationName, Instant occurredAt, String whatHappened,
                           String severity, String rootCause, String status, String createdBy, Instant createdAt) {

    static IncidentJson of(Incident i) {
        return new IncidentJson(i.getId(), i.getLocation().getId(), i.getLocation().getName(), i.getOccurredAt(),
                i.getWhatHappened(), i.getSeverity().name(), i.getRootCause().name(), i.getStatus().name(),
                i.getCreatedBy(), i.getCreatedAt());
    }
}
