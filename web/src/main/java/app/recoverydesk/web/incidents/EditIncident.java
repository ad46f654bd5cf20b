package app.recoverydesk.web.incidents;

import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentDraft;
import app.recoverydesk.incident.IncidentService;
import app.recoverydesk.incident.Incidents;
import app.recoverydesk.web.i18n.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDateTime;

/** Revising an incident; the version it was opened at travels with the form, so no save overwrites another. */
@Named
@ViewScoped
public class EditIncident extends IncidentForm {

    @Inject
    private IncidentService incidents;

    @Inject
    private Incidents cases;

    private Long id;

    public void load() throws IOException {
        Incident incident = id == null ? null : cases.find(id).orElse(null);
        if (incident == null) {
            NotFound.send();
            return;
        }
        loadChoices(incident.getLocation());
        draft = IncidentDraft.of(incident);
        occurredAt = LocalDateTime.ofInstant(incident.getOccurredAt(), formats.zone());
    }

    public String save() {
        String outcome = submit(() -> incidents.revise(id, draft), "/incidents/view?faces-redirect=true&id=" + id);
        if (outcome != null) {
            Messages.info("incident.saved");
        }
        return outcome;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
