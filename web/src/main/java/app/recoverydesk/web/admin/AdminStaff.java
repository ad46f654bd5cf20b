package app.recoverydesk.web.admin;

import app.recoverydesk.promise.Promises;
import app.recoverydesk.security.Roles;
import app.recoverydesk.tenancy.Location;
import app.recoverydesk.tenancy.Locations;
import app.recoverydesk.tenancy.NewStaff;
import app.recoverydesk.tenancy.Onboarded;
import app.recoverydesk.tenancy.Staff;
import app.recoverydesk.web.i18n.Messages;
import app.recoverydesk.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The tenant admin's staff page: who works here, in which roles and locations; add, change roles and locations,
 * deactivate (after a confirmation saying what it does) and reactivate.
 */
@Named
@ViewScoped
public class AdminStaff implements Serializable {

    @Inject
    private Staff staff;

    @Inject
    private Locations locations;

    @Inject
    private Promises promises;

    @Inject
    private CurrentCaller caller;

    private NewStaff request = new NewStaff();
    private Onboarded created;
    private List<Staff.StaffMember> members;
    private Map<String, Long> openPromises;
    private Map<Long, String> locationNames;

    private String editing;
    private List<String> editRoles = new ArrayList<>();
    private List<Long> editLocationIds = new ArrayList<>();

    @PostConstruct
    void load() {
        members = staff.list();
        openPromises = promises.openCountByOwner();
        locationNames = locations.all().stream().collect(Collectors.toMap(Location::getId, Location::getName));
    }

    public void hire() {
        created = staff.hire(request);
        request = new NewStaff();
        Messages.info("admin.staff.added");
        load();
    }

    /** Opens the member's roles and locations for changing. */
    public void edit(String userId) {
        members.stream().filter(m -> m.account().id().equals(userId)).findFirst().ifPresent(m -> {
            editing = userId;
            editRoles = new ArrayList<>(m.roles());
            editLocationIds = new ArrayList<>(m.locationIds());
        });
    }

    public void saveEdit() {
        staff.update(editing, new HashSet<>(editRoles), new HashSet<>(editLocationIds));
        Messages.info("admin.staff.saved");
        cancelEdit();
        load();
    }

    public void cancelEdit() {
        editing = null;
        editRoles = new ArrayList<>();
        editLocationIds = new ArrayList<>();
    }

    public void deactivate(String userId) {
        staff.deactivate(userId);
        Messages.info("admin.staff.deactivated");
        load();
    }

    public void reactivate(String userId) {
        staff.reactivate(userId);
        Messages.info("admin.staff.reactivated");
        load();
    }

    /** What deactivating this member does, in words: the confirmation's text. */
    public String deactivationConsequence(Staff.StaffMember member) {
        String name = (member.account().firstName() + " " + member.account().lastName()).strip();
        long open = openPromises.getOrDefault(member.account().username().toLowerCase(Locale.ROOT), 0L);
        return MessageFormat.format(Messages.text("staff.deactivate.confirm"),
                name.isEmpty() ? member.account().username() : name, open);
    }

    /** Whether this row is the signed-in admin (who cannot deactivate themselves). */
    public boolean isSelf(Staff.StaffMember member) {
        return member.account().username().equalsIgnoreCase(caller.getUsername());
    }

    public String roleNames(Staff.StaffMember member) {
        return member.roles().stream().map(r -> Messages.text("Role." + r)).collect(Collectors.joining(", "));
    }

    public String locationNames(Staff.StaffMember member) {
        return member.locationIds().stream().map(id -> locationNames.getOrDefault(id, "#" + id)).sorted()
                .collect(Collectors.joining(", "));
    }

    public Staff.StaffMember getEditingMember() {
        return editing == null ? null
                : members.stream().filter(m -> m.account().id().equals(editing)).findFirst().orElse(null);
    }

    /** For editing someone: every location, so that one taken out of use they still work at shows. */
    public List<Location> getLocationChoices() {
        return locations.all();
    }

    /** For someone new: only the locations in use. */
    public List<Location> getNewLocationChoices() {
        return locations.active();
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

    public String getEditing() {
        return editing;
    }

    public List<String> getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(List<String> roles) {
        this.editRoles = roles;
    }

    public List<Long> getEditLocationIds() {
        return editLocationIds;
    }

    public void setEditLocationIds(List<Long> ids) {
        this.editLocationIds = ids;
    }
}
