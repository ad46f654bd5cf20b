package app.recoverydesk.api;

import app.recoverydesk.incident.IncidentService;
import app.recoverydesk.recovery.GrantRequest;
import app.recoverydesk.recovery.Recoveries;
import app.recoverydesk.recovery.Recovery;
import app.recoverydesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Recoveries granted or requested for an incident. */
@Path("incidents/{incidentId}/recoveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recoveries")
public class IncidentRecoveryResource {

    @Inject
    private Recoveries recoveries;

    @Inject
    private Clock clock;

    @Inject
    private IncidentService incidents;

    @Inject
    private Validation validation;

    @POST
    @RolesAllowed({Roles.FRONTLINE, Roles.MANAGER})
    @Operation(summary = "Grant a recovery", description = "GRANTED at once within every limit; above any limit (or "
            + "outside the caller's role or location) PENDING for a manager, which needs a reason.")
    public Response grant(@PathParam("incidentId") long incidentId, GrantRequest request, @Context UriInfo uri) {
        Recovery recovery = recoveries.grant(incidentId, validation.valid(request));
        return Response.created(uri.getBaseUriBuilder().path("approvals").path(String.valueOf(recovery.getId())).build())
                .entity(RecoveryJson.of(recovery, clock.instant())).build();
    }

    @GET
    @RolesAllowed({Roles.FRONTLINE, Roles.MANAGER, Roles.EXECUTIVE})
    @Operation(summary = "The incident's recoveries and their decisions")
    public List<RecoveryJson> ofIncident(@PathParam("incidentId") long incidentId) {
        Instant now = clock.instant();
        return recoveries.ofIncident(incidentId).stream().map(r -> RecoveryJson.of(r, now)).toList();
    }
}
