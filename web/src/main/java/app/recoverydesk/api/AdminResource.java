package app.recoverydesk.api;

import app.recoverydesk.security.Roles;
import app.recoverydesk.tenancy.Location;
import app.recoverydesk.tenancy.Locations;
import app.recoverydesk.tenancy.NewLocation;
import app.recoverydesk.tenancy.NewStaff;
import app.recoverydesk.tenancy.Onboarded;
import app.recoverydesk.tenancy.Staff;
import app.recoverydesk.tenancy.BusinessType;
import app.recoverydesk.tenancy.Tenant;
import app.recoverydesk.tenancy.TenantSettings;
import app.recoverydesk.failure.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A tenant admin sets up their business: locations and staff. */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TENANT_ADMIN)
@Tag(name = "Tenant administration")
public class AdminResource {

    public record StaffJson(String id, String username, String email, String firstName, String lastName,
                            boolean enabled, List<String> roles, List<Long> locationIds) {
    }

    /** The tenant's settings as the API reads and writes them. */
    public static class SettingsJson {
        public String businessType;
        @Size(max = 3)
        public String currency;
        @Size(max = 8)
        public String language;
        @Size(max = 64)
        public String timeZone;
        public boolean restrictToLocations;
        public Integer approvalTargetMinutes;
        /** Days after which an unanswered feedback invitation is mailed once more (0: never); null keeps it. */
        public Integer feedbackReminderDays;
        /** Who is mailed about a new exception request, and about an overdue promise; null keeps each. */
        public Boolean mailExceptionRequestToManagers;
        public Boolean mailExceptionRequestToExecutives;
        public Boolean mailOverduePromiseToOwner;
        public Boolean mailOverduePromiseToManagers;
        /** Months customers' personal data is kept after their last case closed (0: until erased); null keeps it. */
        public Integer retentionMonths;

        static SettingsJson of(Tenant t) {
            SettingsJson s = new SettingsJson();
            s.businessType = t.getBusinessType().name();
            s.currency = t.getCurrency().getCurrencyCode();
            s.language = t.getDefaultLanguage().toLanguageTag();
            s.timeZone = t.getTimeZone().getId();
            s.restrictToLocations = t.isRestrictToLocations();
            s.approvalTargetMinutes = t.getApprovalTargetMinutes();
            s.feedbackReminderDays = t.getFeedbackReminderDays();
            s.mailExceptionRequestToManagers = t.isMailExceptionToManagers();
            s.mailExceptionRequestToExecutives = t.isMailExceptionToExecutives();
            s.mailOverduePromiseToOwner = t.isMailOverdueToOwner();
            s.mailOverduePromiseToManagers = t.isMailOverdueToManagers();
            s.retentionMonths = t.getRetentionMonths();
            return s;
        }
    }

    /** The tenant roles a staff member has (frontline, manager, executive, tenant-admin). */
    public static class RoleChange {
        public List<String> roles;
    }

    /** The locations a staff member is assigned to. */
    public static class Assignment {
        public Set<Long> locationIds = Set.of();
    }

    @Inject
    private Locations locations;

    @Inject
    private Staff staff;

    @Inject
    private Validation validation;

    @Inject
    private TenantSettings settings;

    @POST
    @Path("locations")
    @Operation(summary = "Add a location")
    public Response addLocation(NewLocation request) {
        Location l = locations.add(validation.valid(request));
        return Response.status(Response.Status.CREATED).entity(ReferenceDataResource.LocationJson.of(l)).build();
    }

    @GET
    @Path("locations")
    @Operation(summary = "Every location of the business, those taken out of use too")
    public List<ReferenceDataResource.LocationJson> locations() {
        return locations.all().stream().map(ReferenceDataResource.LocationJson::of).toList();
    }

    @PUT
    @Path("locations/{locationId}")
    @Operation(summary = "Change a location's name, address and time zone",
            description = "A blank time zone keeps the current one. Its incidents keep it and show the new name.")
    public ReferenceDataResource.LocationJson updateLocation(@PathParam("locationId") long locationId, NewLocation request) {
        return ReferenceDataResource.LocationJson.of(locations.update(locationId, validation.valid(request)));
    }

    @POST
    @Path("locations/{locationId}/deactivate")
    @Operation(summary = "Take a location out of use",
            description = "No new incidents there; its incidents, reports and filters keep it.")
    public ReferenceDataResource.LocationJson deactivateLocation(@PathParam("locationId") long locationId) {
        return ReferenceDataResource.LocationJson.of(locations.setActive(locationId, false));
    }

    @POST
    @Path("locations/{locationId}/reactivate")
    @Operation(summary = "Put a location back into use for new incidents")
    public ReferenceDataResource.LocationJson reactivateLocation(@PathParam("locationId") long locationId) {
        return ReferenceDataResource.LocationJson.of(locations.setActive(locationId, true));
    }

    @GET
    @Path("staff")
    @Operation(summary = "The business's staff with their roles")
    public List<StaffJson> staff() {
        return staff.list().stream().map(s -> new StaffJson(s.account().id(), s.account().username(),
                s.account().email(), s.account().firstName(), s.account().lastName(), s.account().enabled(), s.roles(),
                s.locationIds()))
                .toList();
    }

    @POST
    @Path("staff")
    @Operation(summary = "Add a staff member", description = "Answers their username and one-time password (shown once).")
    public Response hire(NewStaff request) {
        Onboarded member = staff.hire(validation.valid(request));
        return Response.status(Response.Status.CREATED).entity(member).build();
    }

    @PUT
    @Path("staff/{userId}/locations")
    @Operation(summary = "Assign a staff member to locations (replaces earlier assignments)")
    public Response assign(@PathParam("userId") String userId, Assignment assignment) {
        staff.assignLocations(userId, assignment == null || assignment.locationIds == null ? Set.of()
                : Set.copyOf(assignment.locationIds));
        return Response.noContent().build();
    }

    @PUT
    @Path("staff/{userId}/roles")
    @Operation(summary = "Give a staff member exactly these roles",
            description = "At least one; an admin cannot take the administrator role from themselves. Takes effect with "
                    + "the staff member's next sign-in or token.")
    public StaffJson changeRoles(@PathParam("userId") String userId, RoleChange body) {
        if (body == null) {
            throw new InvalidInputException("body", "problem.body.missing");
        }
        staff.changeRoles(userId, body.roles == null ? Set.of() : new java.util.HashSet<>(body.roles));
        return member(userId);
    }

    @POST
    @Path("staff/{userId}/reactivate")
    @Operation(summary = "Reactivate a staff member: they can sign in again, with their roles and locations")
    public Response reactivate(@PathParam("userId") String userId) {
        staff.reactivate(userId);
        return Response.noContent().build();
    }

    private StaffJson member(String userId) {
        return staff().stream().filter(s -> s.id().equals(userId)).findFirst().orElseThrow();
    }

    @GET
    @Path("settings")
    @Operation(summary = "The business's settings")
    public SettingsJson settings() {
        return SettingsJson.of(settings.current());
    }

    @PUT
    @Path("settings")
    @Operation(summary = "Change the business's settings")
    public SettingsJson configure(SettingsJson body) {
        if (body == null) {
            throw new InvalidInputException("body", "problem.body.missing");
        }
        BusinessType type = null; // unknown or missing: the service names it among every other invalid field
        try {
            type = Params.enumValue(BusinessType.class, "businessType", body.businessType);
        } catch (InvalidInputException e) {
            type = null;
        }
        return SettingsJson.of(settings.configure(type, body.currency, body.language, body.timeZone,
                body.restrictToLocations, body.approvalTargetMinutes, new TenantSettings.MailChoice(
                        body.feedbackReminderDays, body.mailExceptionRequestToManagers,
                        body.mailExceptionRequestToExecutives, body.mailOverduePromiseToOwner,
                        body.mailOverduePromiseToManagers), body.retentionMonths));
    }

    @POST
    @Path("staff/{userId}/deactivate")
    @Operation(summary = "Deactivate a staff member: they can no longer sign in",
            description = "Their sessions end; their open promises stay assigned to them. Refused (409) for the caller "
                    + "themselves.")
    public Response deactivate(@PathParam("userId") String userId) {
        staff.deactivate(userId);
        return Response.noContent().build();
    }
}
