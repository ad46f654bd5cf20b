package app.recoverydesk.api;

import app.recoverydesk.promise.Promises;
import app.recoverydesk.security.Roles;
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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's promises and the location queue; keeping, cancelling and handing over a promise. */
@Path("promises")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.MANAGER})
@Tag(name = "Promises")
public class PromiseResource {

    /** A body naming a reason or a new owner. */
    public static class Change {
        @Size(max = 500)
        public String reason;
        @Size(max = 255)
        public String owner;
    }

    @Inject
    private Promises promises;

    @Inject
    private Clock clock;

    @Inject
    private Validation validation;

    @GET
    @Path("mine")
    @Operation(summary = "The caller's open promises, the soonest due first (overdue ones first of all)")
    public List<PromiseJson> mine() {
        Instant now = clock.instant();
        return promises.mine().stream().map(p -> PromiseJson.of(p, now)).toList();
    }

    @GET
    @Path("queue")
    @Operation(summary = "Open promises nobody owns yet, the soonest due first")
    public List<PromiseJson> queue() {
        Instant now = clock.instant();
        return promises.queue().stream().map(p -> PromiseJson.of(p, now)).toList();
    }

    @POST
    @Path("{promiseId}/kept")
    @Operation(summary = "Mark kept: KEPT when on time, LATE after the due time")
    public PromiseJson kept(@PathParam("promiseId") long promiseId) {
        return PromiseJson.of(promises.keep(promiseId), clock.instant());
    }

    @POST
    @Path("{promiseId}/cancel")
    @Operation(summary = "Cancel with a reason: the promise is BROKEN")
    public PromiseJson cancel(@PathParam("promiseId") long promiseId, Change change) {
        return PromiseJson.of(promises.cancel(promiseId, change == null ? null : validation.valid(change).reason),
                clock.instant());
    }

    @PUT
    @Path("{promiseId}/owner")
    @Operation(summary = "Hand the promise to another staff member (no owner: the location's queue)")
    public PromiseJson handOver(@PathParam("promiseId") long promiseId, Change change) {
        return PromiseJson.of(promises.handOver(promiseId, change == null ? null : validation.valid(change).owner),
                clock.instant());
    }
}
