package app.recoverydesk.api;

import app.recoverydesk.incident.Categories;
import app.recoverydesk.security.Roles;
import app.recoverydesk.tenancy.Locations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a client needs to fill in an incident: the tenant's locations and categories. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.MANAGER, Roles.EXECUTIVE, Roles.TENANT_ADMIN})
@Tag(name = "Reference data")
public class ReferenceDataResource {

    /** A location; {@code active} false: kept for history, no new incidents there. */
    public record LocationJson(long id, String name, String address, String timeZone, boolean active) {

        static LocationJson of(app.recoverydesk.tenancy.Location l) {
            return new LocationJson(l.getId(), l.getName(), l.getAddress(), l.getTimeZone().getId(), l.isActive());
        }
    }

    public record CategoryJson(long id, String code, String name) {
    }

    @Inject
    private Locations locations;

    @Inject
    private Categories categories;

    @GET
    @Path("locations")
    @Operation(summary = "The tenant's locations where new incidents may be logged",
            description = "With includeInactive=true also those taken out of use, which old incidents keep and which the "
                    + "incident list can filter by.")
    public List<LocationJson> locations(@QueryParam("includeInactive") boolean includeInactive) {
        return (includeInactive ? locations.all() : locations.active()).stream().map(LocationJson::of).toList();
    }

    @GET
    @Path("categories")
    @Operation(summary = "The tenant's active incident categories (name is null for a default, whose code is translated)")
    public List<CategoryJson> categories() {
        return categories.active().stream().map(c -> new CategoryJson(c.getId(), c.getCode(), c.getName())).toList();
    }
}
