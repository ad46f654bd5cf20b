package app.recoverydesk.web.admin;

import app.recoverydesk.tenancy.Location;
import app.recoverydesk.tenancy.Locations;
import app.recoverydesk.tenancy.NewLocation;
import app.recoverydesk.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The tenant admin's locations page. */
@Named
@ViewScoped
public class AdminLocations implements Serializable {

    @Inject
    private Locations locations;

    private NewLocation request = new NewLocation();
    private List<Location> all;

    @PostConstruct
    void load() {
        all = locations.all();
    }

    public void add() {
        locations.add(request);
        request = new NewLocation();
        Messages.info("admin.location.added");
        load();
    }

    public NewLocation getRequest() {
        return request;
    }

    public List<Location> getAll() {
        return all;
    }
}
