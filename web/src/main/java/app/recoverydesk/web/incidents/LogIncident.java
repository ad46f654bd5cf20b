package app.recoverydesk.web.incidents;

import app.recoverydesk.incident.Channel;
import app.recoverydesk.incident.IncidentService;
import app.recoverydesk.incident.Severity;
import app.recoverydesk.tenancy.Location;
import app.recoverydesk.tenancy.StaffLocations;
import app.recoverydesk.web.i18n.Messages;
import app.recoverydesk.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/** The "Log incident" form: the essentials only, so that it takes under a minute on a phone. */
@Named
@ViewScoped
public class LogIncident extends IncidentForm {

    @Inject
    private IncidentService incidents;

    @Inject
    private StaffLocations staffLocations;

    @Inject
    private CurrentCaller caller;

    @PostConstruct
    void init() {
        loadChoices();
        // staff assigned to one location log there: it is the only one offered, and chosen
        Set<Long> assigned = staffLocations.of(caller.getUsername());
        List<Location> own = getLocations().stream().filter(l -> assigned.contains(l.getId())).toList();
        if (own.size() == 1) {
            narrowLocationsTo(own);
        }
        if (getLocations().size() == 1) {
            draft.setLocationId(getLocations().get(0).getId());
        }
        occurredAt = LocalDateTime.now(formats.zone()).truncatedTo(ChronoUnit.MINUTES);
        draft.setSeverity(Severity.MEDIUM.name());
        draft.setChannel(Channel.IN_PERSON.name());
    }

    /** Logs the incident and opens its case, where granting a recovery and recording a promise come first. */
    public String save() {
        String outcome = submit(() -> "/incidents/view?faces-redirect=true&id=" + incidents.log(draft).getId());
        if (outcome != null) {
            Messages.info("incident.logged");
        }
        return outcome;
    }
}
