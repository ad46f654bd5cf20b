package app.recoverydesk.api;

import app.recoverydesk.security.Roles;
import app.recoverydesk.webhook.WebhookDelivery;
import app.recoverydesk.webhook.WebhookEndpoint;
import app.recoverydesk.webhook.WebhookEndpoints;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A tenant admin's webhook endpoints: other systems that receive the business's events, signed, in order, with
 * retries (see the README's "Webhooks"). Another business's endpoint is a 404, as is one that does not exist.
 */
@Path("admin/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TENANT_ADMIN)
@Tag(name = "Webhooks")
public class WebhookResource {

    /** An endpoint; {@code secret} only in the answer that created it or gave it a new secret. */
    public record WebhookJson(long id, String url, List<String> events, boolean active, String createdBy,
                              Instant createdAt, String secret) {

        static WebhookJson of(WebhookEndpoint e, boolean withSecret) {
            return new WebhookJson(e.getId(), e.getUrl(), List.copyOf(e.getEvents()), e.isActive(), e.getCreatedBy(),
                    e.getCreatedAt(), withSecret ? e.getSecret() : null);
        }
    }

    /** One event on its way to the endpoint, with what its last try got. */
    public record DeliveryJson(long id, String eventId, String eventType, String status, int attempts,
                               Instant createdAt, Instant firstAttemptAt, Instant lastAttemptAt,
                               Instant nextAttemptAt, Instant deliveredAt, Integer lastStatusCode, String lastError) {

        static DeliveryJson of(WebhookDelivery d) {
            return new DeliveryJson(d.getId(), d.getEventId(), d.getEventType(), d.getStatus().name(),
                    d.getAttempts(), d.getCreatedAt(), d.getFirstAttemptAt(), d.getLastAttemptAt(),
                    d.getStatus() == app.recoverydesk.webhook.DeliveryStatus.PENDING ? d.getNextAttemptAt() : null,
                    d.getDeliveredAt(), d.getLastStatusCode(), d.getLastError());
        }
    }

    /** A new endpoint, or the fields of one to change (absent ones stay as they are). */
    public static class WebhookBody {
        /** http or https; in production not an address of the server's own or a private network. */
        @Size(max = WebhookEndpoint.MAX_URL)
        public String url;
        /** Wire names of the events to receive, e.g. "incident.logged", "case.resolved". */
        @Size(max = 50)
        public List<String> events;
        /** At least 24 characters; made by the server when absent (on creation). */
        @Size(max = WebhookEndpoint.MAX_SECRET)
        public String secret;
        /** Only when changing: false deactivates, true activates again. */
        public Boolean active;
    }

    @Inject
    private WebhookEndpoints endpoints;

    @Inject
    private Validation validation;

    @GET
    @Operation(summary = "The business's webhook endpoints (without their secrets)")
    public List<WebhookJson> all() {
        return endpoints.all().stream().map(e -> WebhookJson.of(e, false)).toList();
    }

    @GET
    @Path("events")
    @Operation(summary = "The event types an endpoint may subscribe to, by wire name")
    public List<String> events() {
        return WebhookEndpoints.subscribable().stream().map(t -> t.wireName()).toList();
    }

    @POST
    @Operation(summary = "Register an endpoint", description = "Answers the endpoint with its secret, shown only here. "
            + "400 names url (not http(s), or a private address), events (none, or unknown) or secret (too short).")
    public Response register(WebhookBody body) {
        validation.valid(body);
        WebhookEndpoint created = endpoints.register(body.url, body.events, body.secret);
        return Response.status(Response.Status.CREATED).entity(WebhookJson.of(created, true)).build();
    }

    @GET
    @Path("{webhookId}")
    @Operation(summary = "One endpoint (without its secret)")
    public WebhookJson one(@PathParam("webhookId") long webhookId) {
        return WebhookJson.of(endpoints.require(webhookId), false);
    }

    @PUT
    @Path("{webhookId}")
    @Operation(summary = "Change an endpoint: URL, events, a new secret, active; absent fields stay",
            description = "The answer shows the secret only when this request gave a new one.")
    public WebhookJson change(@PathParam("webhookId") long webhookId, WebhookBody body) {
        validation.valid(body);
        WebhookEndpoint changed = endpoints.update(webhookId, body.url, body.events, body.secret, body.active);
        return WebhookJson.of(changed, body.secret != null && !body.secret.isBlank());
    }

    @DELETE
    @Path("{webhookId}")
    @Operation(summary = "Deactivate an endpoint: nothing more is sent to it (its log stays)")
    public Response deactivate(@PathParam("webhookId") long webhookId) {
        endpoints.deactivate(webhookId);
        return Response.noContent().build();
    }

    @GET
    @Path("{webhookId}/deliveries")
    @Operation(summary = "The endpoint's delivery log, newest first (the last 100)")
    public List<DeliveryJson> deliveries(@PathParam("webhookId") long webhookId) {
        return endpoints.deliveries(webhookId).stream().map(DeliveryJson::of).toList();
    }

    @POST
    @Path("{webhookId}/test")
    @Operation(summary = "Send a webhook.test event to this endpoint only",
            description = "Queued behind what the endpoint still has to receive; answers the delivery to follow in the log.")
    public Response test(@PathParam("webhookId") long webhookId) {
        return Response.accepted(DeliveryJson.of(endpoints.sendTest(webhookId))).build();
    }
}
