package app.recoverydesk.api;

import app.recoverydesk.security.Roles;
import app.recoverydesk.tenancy.Location;
import app.recoverydesk.tenancy.Locations;
import app.recoverydesk.tenancy.NewLocation;
import app.recoverydesk.tenancy.NewStaff;
import app.recoverydesk.tenancy.Onboarded;
import app.recoverydesk.tenancy.Staff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
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
                            boolean enabled, List<String> roles) {
    }

    @Inject
    private Locations locations;

    @Inject
    private Staff staff;

    @Inject
    private Validation validation;

    @POST
    @Path("locations")
    @Operation(summary = "Add a location")
    public Response addLocation(NewLocation request) {
        Location l = locations.add(validation.valid(request));
        return Response.status(Response.Status.CREATED)
                .entity(new ReferenceDataResource.LocationJson(l.getId(), l.getName(), l.getAddress(), l.getTimeZone().getId()))
                .build();
    }

    @GET
    @Path("staff")
    @Operation(summary = "The business's staff with their roles")
    public List<StaffJson> staff() {
        return staff.list().stream().map(s -> new StaffJson(s.account().id(), s.account().username(),
                s.account().email(), s.account().firstName(), s.account().lastName(), s.account().enabled(), s.roles()))
                .toList();
    }

    @POST
    @Path("staff")
    @Operation(summary = "Add a staff member", description = "Answers their username and one-time password (shown once).")
    public Response hire(NewStaff request) {
        Onboarded member = staff.hire(validation.valid(request));
        return Response.status(Response.Status.CREATED).entity(member).build();
    }

    @POST
    @Path("staff/{userId}/deactivate")
    @Operation(summary = "Deactivate a staff member: they can no longer sign in")
    public Response deactivate(@PathParam("userId") String userId) {
        staff.setActive(userId, false);
        return Response.noContent().build();
    }
}
