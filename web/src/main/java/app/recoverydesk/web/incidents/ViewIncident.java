package app.recoverydesk.web.incidents;

import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentEvent;
import app.recoverydesk.incident.IncidentService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** One incident with its timeline; another tenant's id (or no such id) is a plain 404. */
@Named
@ViewScoped
public class ViewIncident implements Serializable {

    @Inject
    private IncidentService incidents;

    private Long id;
    private Incident incident;
    private List<IncidentEvent> timeline;

    public void load() throws IOException {
        incident = id == null ? null : incidents.find(id).orElse(null);
        if (incident == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
            context.responseComplete();
            return;
        }
        timeline = incidents.timeline(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Incident getIncident() {
        return incident;
    }

    public List<IncidentEvent> getTimeline() {
        return timeline;
    }
}
