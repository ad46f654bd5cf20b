package app.recoverydesk.api;

import app.recoverydesk.incident.Customer;
import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentCategory;
import java.time.Instant;

/**
 * An incident as the API shows it; {@code version} is what a PUT must send back; {@code feedbackLink} only in the
 * answer to the status change that resolved it, for staff to pass on to the customer.
 */
public record IncidentJson(long id, int version, long locationId, String locationName, Instant occurredAt,
                           String channel, Long categoryId, String categoryCode, String whatHappened,
                           String customerExpected, String severity, String rootCause, String rootCauseNote,
                           String status, CustomerJson customer, String createdBy, Instant createdAt,
                           String feedbackLink) {

    /** The affected customer; the contact only where they consented to it being kept; the language mail is in. */
    public record CustomerJson(long id, String name, String contact, boolean consent, String language) {
        static CustomerJson of(Customer c) {
            return c == null ? null : new CustomerJson(c.getId(), c.getName(), c.getContact(), c.isConsent(),
                    c.getLanguage());
        }
    }

    static IncidentJson of(Incident i) {
        IncidentCategory category = i.getCategory();
        return new IncidentJson(i.getId(), i.getVersion(), i.getLocation().getId(), i.getLocation().getName(),
                i.getOccurredAt(), i.getChannel().name(), category == null ? null : category.getId(),
                category == null ? null : category.getCode(), i.getWhatHappened(), i.getCustomerExpected(),
                i.getSeverity().name(), i.getRootCause().name(), i.getRootCauseNote(), i.getStatus().name(),
                CustomerJson.of(i.getCustomer()), i.getCreatedBy(), i.getCreatedAt(), null);
    }

    /** With the customer's feedback link, given once when the case is resolved (null where none was made). */
    IncidentJson withFeedbackLink(String link) {
        return new IncidentJson(id, version, locationId, locationName, occurredAt, channel, categoryId, categoryCode,
                whatHappened, customerExpected, severity, rootCause, rootCauseNote, status, customer, createdBy, createdAt,
                link);
    }
}
