package app.recoverydesk.api;

import app.recoverydesk.incident.Incidents;
import app.recoverydesk.recovery.AssigneeFilter;
import app.recoverydesk.recovery.Decision;
import app.recoverydesk.money.Money;
import app.recoverydesk.recovery.Recoveries;
import app.recoverydesk.recovery.Recovery;
import app.recoverydesk.recovery.RecoveryPolicy;
import app.recoverydesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The managers' queue of exception requests and their decisions. */
@Path("approvals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Recoveries")
public class ApprovalResource {

    /** A pending request with what the manager needs to decide: the case, the limit and how far over it is. */
    public record QueueItemJson(RecoveryJson request, String whatHappened, String locationName, RecoveryOptionResource.PolicyJson policy,
                                RecoveryJson.MoneyJson overLimitBy, List<Long> customersEarlierIncidents) {
    }

    /** The body of an assignment: the username of a manager who may decide, or null for nobody. */
    public static class Assignment {
        @Size(max = 255)
        public String assignee;
    }

    /** Someone a request can be assigned to. */
    public record AssigneeJson(String username, String displayName) {
    }

    @Inject
    private Recoveries recoveries;

    @Inject
    private Clock clock;

    @Inject
    private Incidents incidents;

    @Inject
    private Validation validation;

    @GET
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Pending exception requests, the soonest due (or most overdue) first",
            description = "assigned=me: only those assigned to the caller; assigned=nobody: only those nobody took.")
    public List<QueueItemJson> queue(@QueryParam("assigned") String assigned) {
        Instant now = clock.instant();
        return recoveries.queue(AssigneeFilter.named(assigned)).stream().map(r -> {
            var incident = incidents.require(r.getIncidentId());
            RecoveryPolicy policy = recoveries.policyOf(r);
            Money over = r.getAmount() != null && policy.getPerIncident() != null
                    && r.getAmount().compareTo(policy.getPerIncident()) > 0 ? r.getAmount().minus(policy.getPerIncident()) : null;
            // a request of a monetary option always carries its amount
            return new QueueItemJson(RecoveryJson.of(r, now), incident.getWhatHappened(), incident.getLocation().getName(),
                    RecoveryOptionResource.PolicyJson.of(policy, r.getAmount() != null), RecoveryJson.MoneyJson.of(over),
                    incidents.earlierIncidentsOfCustomer(incident).stream().map(i -> i.getId()).toList());
        }).toList();
    }

    @GET
    @Path("{recoveryId}")
    @RolesAllowed({Roles.FRONTLINE, Roles.MANAGER, Roles.EXECUTIVE})
    @Operation(summary = "One recovery request and its decision")
    public RecoveryJson request(@PathParam("recoveryId") long recoveryId) {
        Recovery r = recoveries.require(recoveryId);
        incidents.require(r.getIncidentId());
        return RecoveryJson.of(r, clock.instant());
    }

    @PUT
    @Path("{recoveryId}/assignee")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Assign a pending request to a manager who may decide it (assignee null: to nobody)",
            description = "400 naming assignee for anyone but an active manager of the business who sees the request "
                    + "and did not ask for it; 409 once decided.")
    public RecoveryJson assign(@PathParam("recoveryId") long recoveryId, Assignment assignment) {
        return RecoveryJson.of(recoveries.assign(recoveryId, assignment == null ? null : validation.valid(assignment).assignee),
                clock.instant());
    }

    @GET
    @Path("{recoveryId}/assignees")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Who a request can be assigned to, by name")
    public List<AssigneeJson> assignees(@PathParam("recoveryId") long recoveryId) {
        Recovery r = recoveries.require(recoveryId);
        incidents.require(r.getIncidentId());
        return recoveries.deciders(r).stream().map(c -> new AssigneeJson(c.username(), c.displayName())).toList();
    }

    @POST
    @Path("{recoveryId}/decision")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Approve (optionally a different amount) or reject with a reason",
            description = "409 when already decided; 403 for one's own request.")
    public RecoveryJson decide(@PathParam("recoveryId") long recoveryId, Decision decision) {
        return RecoveryJson.of(recoveries.decide(recoveryId, validation.valid(decision)), clock.instant());
    }
}
