package app.recoverydesk.api;

import app.recoverydesk.promise.Promise;
import java.time.Instant;

/** A promise as the API shows it; {@code overdue} is computed at the time of the answer. */
public record PromiseJson(long id, long incidentId, long locationId, String what, String owner, Instant dueAt,
                          String status, boolean overdue, Instant keptAt, String brokenReason, String createdBy) {

    static PromiseJson of(Promise p, Instant now) {
        return new PromiseJson(p.getId(), p.getIncidentId(), p.getLocationId(), p.getWhat(), p.getOwner(), p.getDueAt(),
                p.getStatus().name(), p.isOverdue(now), p.getKeptAt(), p.getBrokenReason(), p.getCreatedBy());
    }
}
