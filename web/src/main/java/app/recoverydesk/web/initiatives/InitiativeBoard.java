package app.recoverydesk.web.initiatives;

import app.recoverydesk.incident.Categories;
import app.recoverydesk.incident.IncidentCategory;
import app.recoverydesk.incident.RootCause;
import app.recoverydesk.initiative.Initiative;
import app.recoverydesk.initiative.InitiativeStatus;
import app.recoverydesk.initiative.Initiatives;
import app.recoverydesk.initiative.NewInitiative;
import app.recoverydesk.tenancy.Location;
import app.recoverydesk.tenancy.Locations;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The initiative board, by status, and the form to propose one. */
@Named
@ViewScoped
public class InitiativeBoard implements Serializable {

    @Inject
    private Initiatives initiatives;

    @Inject
    private Categories categories;

    @Inject
    private Locations locations;

    private List<Initiative> all;
    private final NewInitiative request = new NewInitiative();

    @PostConstruct
    void load() {
        all = initiatives.all();
    }

    public List<Initiative> in(InitiativeStatus status) {
        return all.stream().filter(i -> i.getStatus() == status).toList();
    }

    public String propose() {
        Initiative created = initiatives.create(request);
        return "/initiatives/initiative?faces-redirect=true&id=" + created.getId();
    }

    /** No initiative at all: the board explains what one is instead of showing empty columns. */
    public boolean isNothingYet() {
        return all.isEmpty();
    }

    public List<Location> getLocations() {
        return locations.active();
    }

    public InitiativeStatus[] getStatuses() {
        return InitiativeStatus.values();
    }

    public RootCause[] getRootCauses() {
        return RootCause.values();
    }

    public List<IncidentCategory> getCategories() {
        return categories.active();
    }

    public NewInitiative getRequest() {
        return request;
    }
}
