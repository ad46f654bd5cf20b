package app.recoverydesk.web.incidents;

import app.recoverydesk.incident.Channel;
import app.recoverydesk.incident.IncidentService;
import app.recoverydesk.incident.Severity;
import app.recoverydesk.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** The "Log incident" form: the essentials only, so that it takes under a minute on a phone. */
@Named
@ViewScoped
public class LogIncident extends IncidentForm {

    @Inject
    private IncidentService incidents;

    @PostConstruct
    void init() {
        loadChoices();
        if (getLocations().size() == 1) {
            draft.setLocationId(getLocations().get(0).getId());
        }
        occurredAt = LocalDateTime.now(formats.zone()).truncatedTo(ChronoUnit.MINUTES);
        draft.setSeverity(Severity.MEDIUM.name());
        draft.setChannel(Channel.IN_PERSON.name());
    }

    public String save() {
        String outcome = submit(() -> incidents.log(draft), "/incidents/list?faces-redirect=true");
        if (outcome != null) {
            Messages.info("incident.logged");
        }
        return outcome;
    }
}
