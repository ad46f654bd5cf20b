package app.recoverydesk.web.admin;

import app.recoverydesk.security.Roles;
import app.recoverydesk.tenancy.Location;
import app.recoverydesk.tenancy.Locations;
import app.recoverydesk.tenancy.NewStaff;
import app.recoverydesk.tenancy.Onboarded;
import app.recoverydesk.tenancy.Staff;
import app.recoverydesk.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The tenant admin's staff page: who works here, in which roles; add and deactivate. */
@Named
@ViewScoped
public class AdminStaff implements Serializable {

    @Inject
    private Staff staff;

    @Inject
    private Locations locations;

    private NewStaff request = new NewStaff();
    private Onboarded created;
    private List<Staff.StaffMember> members;

    @PostConstruct
    void load() {
        members = staff.list();
    }

    public void hire() {
        created = staff.hire(request);
        request = new NewStaff();
        Messages.info("admin.staff.added");
        load();
    }

    public void deactivate(String userId) {
        staff.setActive(userId, false);
        load();
    }

    public List<Location> getLocationChoices() {
        return locations.all();
    }

    public List<String> getRoleChoices() {
        return Roles.TENANT_ROLES.stream().sorted().toList();
    }

    public NewStaff getRequest() {
        return request;
    }

    public Onboarded getCreated() {
        return created;
    }

    public List<Staff.StaffMember> getMembers() {
        return members;
    }
}
