package app.recoverydesk.api;

import app.recoverydesk.feedback.Feedbacks;
import app.recoverydesk.feedback.Invitations;
import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentDraft;
import app.recoverydesk.incident.IncidentFilter;
import app.recoverydesk.incident.IncidentService;
import app.recoverydesk.incident.Incidents;
import app.recoverydesk.lifecycle.CaseLifecycle;
import app.recoverydesk.incident.IncidentStatus;
import app.recoverydesk.incident.RootCause;
import app.recoverydesk.incident.Severity;
import app.recoverydesk.security.Roles;
import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.web.security.CurrentCaller;
import app.recoverydesk.mail.PublicLinks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Incidents of the caller's tenant: log, list with filters, read, revise, move along the lifecycle. */
@Path("incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.MANAGER, Roles.EXECUTIVE})
@Tag(name = "Incidents")
public class IncidentResource {

    /** Upper bound of a page; keep in step with page.bounds in the messages bundle. */
    private static final int MAX_LIMIT = 200;

    private static final Map<String, IncidentFilter.Sort> SORTS = Map.of(
            "-occurredAt", IncidentFilter.Sort.NEWEST, "occurredAt", IncidentFilter.Sort.OLDEST,
            "-severity", IncidentFilter.Sort.SEVERITY, "status", IncidentFilter.Sort.STATUS);

    @Inject
    private IncidentService incidents;

    @Inject
    private Incidents cases;

    @Inject
    private CaseLifecycle lifecycle;

    @Inject
    private CurrentCaller caller;

    @Inject
    private Validation validation;

    @Inject
    private Feedbacks feedbacks;

    @Inject
    private Invitations invitations;

    @POST
    @RolesAllowed({Roles.FRONTLINE, Roles.MANAGER})
    @Operation(summary = "Log an incident", description = "201 with the incident and its Location.")
    public Response log(IncidentDraft draft, @Context UriInfo uri) {
        Incident incident = incidents.log(validation.valid(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(incident.getId())).build())
                .entity(IncidentJson.of(incident)).build();
    }

    @GET
    @Operation(summary = "List incidents", description = "Newest first unless sorted otherwise; dates are days "
            + "in the tenant's time zone, both included; q searches the incident texts and the customer's name, e-mail "
            + "and phone.")
    public IncidentPage list(@QueryParam("status") String status, @QueryParam("locationId") String locationId,
                             @QueryParam("categoryId") String categoryId, @QueryParam("rootCause") String rootCause,
                             @QueryParam("severity") String severity, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("q") String text,
                             @QueryParam("sort") @DefaultValue("-occurredAt") String sort,
                             @QueryParam("offset") String offsetParam,
                             @QueryParam("limit") String limitParam) {
        int offset = Params.bounded("offset", offsetParam, 0, 0, Integer.MAX_VALUE, "page.bounds");
        int limit = Params.bounded("limit", limitParam, 50, 1, MAX_LIMIT, "page.bounds");
        if (!SORTS.containsKey(sort)) {
            throw new InvalidInputException("sort", "param.sort");
        }
        IncidentFilter filter = new IncidentFilter(Params.enumValue(IncidentStatus.class, "status", status),
                Params.number("locationId", locationId), Params.number("categoryId", categoryId),
                Params.enumValue(RootCause.class, "rootCause", rootCause),
                Params.enumValue(Severity.class, "severity", severity), Params.date("from", from),
                Params.date("to", to), text, SORTS.get(sort));
        IncidentService.Listed listed = incidents.list(filter, caller.timeZone(), offset, limit);
        return IncidentPage.of(listed.page().stream().map(IncidentJson::of).toList(), listed.tally(), offset, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One incident, with the customer's other incidents and the statuses it may move to")
    public IncidentDetailJson find(@PathParam("id") long id) {
        Incident incident = cases.require(id);
        return new IncidentDetailJson(IncidentJson.of(incident),
                cases.earlierIncidentsOfCustomer(incident).stream().map(Incident::getId).toList(),
                incident.getStatus().next().stream().map(Enum::name).toList());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.FRONTLINE, Roles.MANAGER})
    @Operation(summary = "Revise an incident", description = "Send the version you read; 409 if someone saved since.")
    public IncidentJson revise(@PathParam("id") long id, IncidentDraft draft) {
        return IncidentJson.of(incidents.revise(id, validation.valid(draft)));
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({Roles.FRONTLINE, Roles.MANAGER})
    @Operation(summary = "Move an incident along its lifecycle", description = "409 for a move the lifecycle forbids, or for closing a case with open promises "
            + "(a manager may, with a reason: the promises are then broken).")
    public IncidentJson moveTo(@PathParam("id") long id, StatusChange change, @Context UriInfo uri) {
        if (change == null || change.getTo() == null || change.getTo().isBlank()) {
            throw new InvalidInputException("to", "param.enum");
        }
        validation.valid(change);
        CaseLifecycle.Moved moved = lifecycle.move(id, Params.enumValue(IncidentStatus.class, "to", change.getTo()),
                change.getReason());
        return IncidentJson.of(moved.incident()).withFeedbackLink(moved.feedbackToken()
                .map(token -> uri.getBaseUri().resolve(PublicLinks.feedbackPath(token)).toString()).orElse(null));
    }

    @GET
    @Path("{id}/feedback")
    @Operation(summary = "The customer's answers after the recovery")
    public List<FeedbackJson> feedback(@PathParam("id") long id) {
        return feedbacks.ofIncident(id).stream().map(f -> new FeedbackJson(f.isSolved(), f.getSatisfaction(),
                f.getRecommend(), f.getComment(), f.getCreatedAt())).toList();
    }

    @GET
    @Path("{id}/mail")
    @Operation(summary = "The mails to the case's customer and how they fared",
            description = "Each invitation or reminder with its delivery: PENDING, SENT, RETRYING (a try failed; "
                    + "tried again), BOUNCED (the address was refused), FAILED (given up) or ANSWERED.")
    public List<CustomerMailJson> mail(@PathParam("id") long id) {
        return invitations.ofIncident(id).stream().map(m -> new CustomerMailJson(m.purpose().name(), m.recipient(),
                m.delivery().name(), m.attempts(), m.queuedAt(), m.sentAt())).toList();
    }

    /** One mail to the customer. */
    public record CustomerMailJson(String purpose, String to, String delivery, int attempts, java.time.Instant queuedAt,
                                   java.time.Instant sentAt) {
    }

    /** One answer of the customer's. */
    public record FeedbackJson(boolean solved, int satisfaction, int recommend, String comment, java.time.Instant at) {
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "Every change of the incident: who, when, what, from which value to which")
    public List<TimelineEntryJson> timeline(@PathParam("id") long id) {
        return cases.timeline(id).stream().map(TimelineEntryJson::of).toList();
    }

}
