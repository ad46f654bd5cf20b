package app.recoverydesk.casefile;

import app.recoverydesk.feedback.Feedback;
import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentEvent;
import app.recoverydesk.incident.Incidents;
import app.recoverydesk.incident.Attachment;
import app.recoverydesk.incident.Customer;
import app.recoverydesk.incident.IncidentStatus;
import app.recoverydesk.initiative.Initiative;
import app.recoverydesk.promise.Promise;
import app.recoverydesk.recovery.Recovery;
import app.recoverydesk.recovery.RecoveryCatalogue;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Everything the case page shows of one incident, read together in one transaction: the page renders it and
 * asks for a new one after each change instead of reading piece by piece.
 */
public record CaseView(Incident incident, List<Incident> earlierIncidents, List<IncidentEvent> timeline,
                       List<Attachment.Info> attachments, List<Recovery> recoveries,
                       List<RecoveryCatalogue.Entry> options, List<Promise> promises, List<Feedback> feedback,
                       List<Initiative> addressedBy) implements Serializable {

    public CaseView {
        earlierIncidents = List.copyOf(earlierIncidents);
        timeline = List.copyOf(timeline);
        attachments = List.copyOf(attachments);
        recoveries = List.copyOf(recoveries);
        options = List.copyOf(options);
        promises = List.copyOf(promises);
        feedback = List.copyOf(feedback);
        addressedBy = List.copyOf(addressedBy);
    }

    public Customer customer() {
        return incident.getCustomer();
    }

    /** The statuses the case may move to from where it is. */
    public List<IncidentStatus> nextStatuses() {
        return List.copyOf(incident.getStatus().next());
    }

    /** The same case with its recoveries as they are now (a manager may have decided one meanwhile). */
    public CaseView withRecoveries(List<Recovery> latest) {
        return new CaseView(incident, earlierIncidents, timeline, attachments, latest, options, promises, feedback,
                addressedBy);
    }

    /** An option's name in a language; an option no longer in the catalogue by its number. */
    public String optionName(long optionId, Locale locale) {
        return options.stream().filter(e -> e.option().getId() == optionId).findFirst()
                .map(e -> e.option().nameIn(locale)).orElse("#" + optionId);
    }
}
