package app.recoverydesk.api;

import app.recoverydesk.promise.NewPromise;
import app.recoverydesk.promise.Promise;
import app.recoverydesk.promise.Promises;
import app.recoverydesk.security.Roles;
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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The promises made on a case. */
@Path("incidents/{incidentId}/promises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Promises")
public class IncidentPromiseResource {

    @Inject
    private Promises promises;

    @Inject
    private Clock clock;

    @Inject
    private Validation validation;

    @POST
    @RolesAllowed({Roles.FRONTLINE, Roles.MANAGER})
    @Operation(summary = "Record a promise: what, owner (a staff member's username, or none for the location's queue), due time")
    public Response make(@PathParam("incidentId") long incidentId, NewPromise request) {
        Promise p = promises.make(incidentId, validation.valid(request));
        return Response.status(Response.Status.CREATED).entity(PromiseJson.of(p, clock.instant())).build();
    }

    @GET
    @RolesAllowed({Roles.FRONTLINE, Roles.MANAGER, Roles.EXECUTIVE})
    @Operation(summary = "The case's promises, the soonest due first")
    public List<PromiseJson> ofIncident(@PathParam("incidentId") long incidentId) {
        Instant now = clock.instant();
        return promises.ofIncident(incidentId).stream().map(p -> PromiseJson.of(p, now)).toList();
    }
}
