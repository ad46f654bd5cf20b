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

/** The tenant admin's locations page: add, edit, take out of use and back. */
@Named
@ViewScoped
public class AdminLocations implements Serializable {

    @Inject
    private Locations locations;

    private NewLocation request;
    private Long editing;
    private List<Location> all;

    @PostConstruct
    void init() {
        request = blank();
        load();
    }

    private void load() {
        all = locations.all();
    }

    private NewLocation blank() {
        NewLocation location = new NewLocation();
        location.setTimeZone(locations.defaultTimeZone().getId());
        return location;
    }

    /** Adds the form's location, or saves the one being edited. */
    public void save() {
        if (editing == null) {
            locations.add(request);
            Messages.info("admin.location.added");
        } else {
            locations.update(editing, request);
            Messages.info("admin.location.saved");
        }
        cancel();
        load();
    }

    /** Fills the form with a location to change it. */
    public void edit(long id) {
        Location location = all.stream().filter(l -> l.getId() == id).findFirst().orElse(null);
        if (location == null) {
            return;
        }
        editing = id;
        request = new NewLocation();
        request.setName(location.getName());
        request.setAddress(location.getAddress());
        request.setTimeZone(location.getTimeZone().getId());
    }

    public void cancel() {
        editing = null;
        request = blank();
    }

    public void deactivate(long id) {
        locations.setActive(id, false);
        Messages.info("admin.location.deactivated");
        load();
    }

    public void reactivate(long id) {
        locations.setActive(id, true);
        Messages.info("admin.location.reactivated");
        load();
    }

    public NewLocation getRequest() {
        return request;
    }

    public Long getEditing() {
        return editing;
    }

    public List<Location> getAll() {
        return all;
    }
}
