package app.recoverydesk.privacy;

import app.recoverydesk.feedback.Feedback;
import app.recoverydesk.incident.Attachment;
import app.recoverydesk.incident.Customer;
import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentEvent;
import app.recoverydesk.promise.Promise;
import app.recoverydesk.recovery.Recovery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything a business holds about one customer, for their copy: who they are, then each of their cases with its
 * timeline, recoveries, promises, feedback and the names of its attachments. Read in one transaction; the records are
 * detached, with what the export shows loaded.
 */
public record CustomerFile(String business, Locale language, ZoneId zone, Instant madeAt, Customer customer,
                           List<Case> cases, Map<Long, String> optionNames) {

    /** One case of the customer's with everything attached to it. */
    public record Case(Incident incident, List<IncidentEvent> timeline, List<Recovery> recoveries,
                       List<Promise> promises, List<Feedback> feedback, List<Attachment.Info> attachments) {
    }
}
