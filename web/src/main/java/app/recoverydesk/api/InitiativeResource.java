package app.recoverydesk.api;

import app.recoverydesk.initiative.Initiative;
import app.recoverydesk.initiative.InitiativeStatus;
import app.recoverydesk.initiative.Initiatives;
import app.recoverydesk.initiative.ItemKind;
import app.recoverydesk.initiative.NewInitiative;
import app.recoverydesk.security.Roles;
import app.recoverydesk.failure.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Improvement initiatives: fix first, then announce; 409 with what is missing when a step comes too early. */
@Path("initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MANAGER, Roles.EXECUTIVE})
@Tag(name = "Initiatives")
public class InitiativeResource {

    public record ItemJson(long id, String kind, String title, String owner, LocalDate dueDate, boolean done, String trained, Instant completedAt) {
    }

    /** One step of the history; {@code override}: an executive announced past the gate, for the given reason. */
    public record EventJson(Instant at, String actor, String from, String to, String reason, boolean override) {
    }

    /**
     * {@code basis}: RATE where both windows have volume recorded (the drop is of incidents per 1,000 units), else
     * COUNT (of the raw counts); the rates as decimal strings, null without volume.
     */
    public record MeasureJson(Instant baselineFrom, Instant fixedAt, Instant afterUntil, long before, long after,
                              int dropPercent, boolean windowOver, String basis, RateJson beforeRate, RateJson afterRate) {
    }

    /** Incidents per 1,000 units over the window's days with a recorded volume ("recorded for 27 of 30 days"). */
    public record RateJson(String perThousand, long incidents, long units, long daysRecorded, long days) {
        static RateJson of(app.recoverydesk.volume.Rate r) {
            return new RateJson(r.perThousand() == null ? null : r.perThousand().toPlainString(), r.incidents(), r.units(),
                    r.daysRecorded(), r.days());
        }
    }

    public record InitiativeJson(long id, String title, String problem, String owner, String rootCause, Long categoryId,
                                 Set<Long> locationIds, String expectedEffect, int targetDropPercent, int windowDays,
                                 String status, String announcement, java.util.Map<String, String> announcementTranslations,
                                 String overrideReason, String abandonedReason,
                                 List<ItemJson> items, List<Long> incidentIds, List<EventJson> history, MeasureJson measure) {
    }

    /** A new fix item, an item done (with who was trained), or incidents to link. */
    public static class ItemBody {
        @Size(max = 20)
        public String kind;
        @Size(max = 300)
        public String title;
        @Size(max = 255)
        public String owner;
        public LocalDate dueDate;
        @Size(max = 1000)
        public String trained;
    }

    public static class LinkBody {
        public List<Long> incidentIds;
        public Instant from;
        public Instant to;
    }

    public static class TransitionBody {
        public String to;
        @Size(max = 1000)
        public String reason;
        public Instant fixedAt;
        @Size(max = 4000)
        public String announcement;
        /** The announcement in other languages: {"nb": "...", "pl": "..."}. */
        public java.util.Map<String, String> translations;
    }

    @Inject
    private Initiatives initiatives;

    @Inject
    private Validation validation;

    private InitiativeJson json(Initiative i) {
        long id = i.getId();
        return new InitiativeJson(id, i.getTitle(), i.getProblem(), i.getOwner(),
                i.getRootCause() == null ? null : i.getRootCause().name(), i.getCategoryId(), i.getLocationIds(),
                i.getExpectedEffect(), i.getTargetDropPercent(), i.getWindowDays(), i.getStatus().name(), i.getAnnouncement(),
                i.getAnnouncementTranslations(),
                i.getOverrideReason(), i.getAbandonedReason(),
                initiatives.items(id).stream().map(t -> new ItemJson(t.getId(), t.getKind().name(), t.getTitle(), t.getOwner(),
                        t.getDueDate(), t.isDone(), t.getTrained(), t.getCompletedAt())).toList(),
                initiatives.linkedIncidents(id),
                initiatives.history(id).stream().map(e -> new EventJson(e.getOccurredAt(), e.getActor(),
                        e.getFrom() == null ? null : e.getFrom().name(), e.getTo().name(), e.getReason(),
                        e.isGateOverride())).toList(),
                initiatives.measure(i).map(m -> new MeasureJson(m.baselineFrom(), m.fixedAt(), m.afterUntil(), m.before(),
                        m.after(), m.dropPercent(), m.windowOver(), m.byRate() ? "RATE" : "COUNT",
                        RateJson.of(m.beforeRate()), RateJson.of(m.afterRate()))).orElse(null));
    }

    @GET
    @Operation(summary = "All initiatives, newest first (the board groups them by status)")
    public List<InitiativeJson> all() {
        return initiatives.all().stream().map(this::json).toList();
    }

    @POST
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Propose an initiative")
    public Response create(NewInitiative request) {
        return Response.status(Response.Status.CREATED).entity(json(initiatives.create(validation.valid(request)))).build();
    }

    @GET
    @Path("{initiativeId}")
    @Operation(summary = "One initiative with its fix items, linked incidents, history and before/after figures")
    public InitiativeJson one(@PathParam("initiativeId") long initiativeId) {
        return json(initiatives.require(initiativeId));
    }

    @POST
    @Path("{initiativeId}/items")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Add a fix item: SYSTEM_PROCESS, POLICY or TRAINING, with owner and due date")
    public InitiativeJson addItem(@PathParam("initiativeId") long initiativeId, ItemBody body) {
        if (body == null) {
            throw new InvalidInputException("item", "initiative.item.incomplete");
        }
        validation.valid(body);
        initiatives.addItem(initiativeId, Params.enumValue(ItemKind.class, "kind", body.kind), body.title, body.owner,
                body.dueDate);
        return one(initiativeId);
    }

    @POST
    @Path("{initiativeId}/items/{itemId}/done")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Mark a fix item done (a training needs who was trained)")
    public InitiativeJson itemDone(@PathParam("initiativeId") long initiativeId, @PathParam("itemId") long itemId, ItemBody body) {
        initiatives.completeItem(initiativeId, itemId, body == null ? null : validation.valid(body).trained);
        return one(initiativeId);
    }

    @POST
    @Path("{initiativeId}/incidents")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Link incidents: by id, or all matching the initiative's cause from..to")
    public InitiativeJson link(@PathParam("initiativeId") long initiativeId, LinkBody body) {
        if (body != null && body.incidentIds != null) {
            initiatives.link(initiativeId, body.incidentIds);
        } else if (body != null && body.from != null && body.to != null) {
            initiatives.linkMatching(initiativeId, body.from, body.to);
        } else {
            throw new InvalidInputException("incidentIds", "initiative.link.incomplete");
        }
        return one(initiativeId);
    }

    @POST
    @Path("{initiativeId}/transition")
    @Operation(summary = "Move the initiative on",
            description = "FIXING, VERIFYING (all items done; fixedAt defaults to when the last item was recorded done, and may not be earlier), VERIFIED (the rate dropped by the "
                    + "target over equal windows), ANNOUNCED (verified + text; an executive may override with a reason), "
                    + "ABANDONED (with a reason). 409 says what is missing.")
    public InitiativeJson transition(@PathParam("initiativeId") long initiativeId, TransitionBody body) {
        if (body == null || body.to == null || body.to.isBlank()) {
            throw new InvalidInputException("to", "param.enum");
        }
        validation.valid(body);
        InitiativeStatus to = Params.enumValue(InitiativeStatus.class, "to", body.to);
        return json(initiatives.transition(initiativeId, to, body.reason, body.fixedAt, body.announcement,
                body.translations == null ? java.util.Map.of() : body.translations));
    }
}
