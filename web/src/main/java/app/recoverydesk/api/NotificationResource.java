package app.recoverydesk.api;

import app.recoverydesk.notification.Notifications;
import app.recoverydesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's in-app notices, newest first, and what they have read. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.MANAGER, Roles.EXECUTIVE})
@Tag(name = "Notifications")
public class NotificationResource {

    public record NotificationJson(long id, String kind, Long incidentId, Long recoveryId, Long promiseId, Instant at,
                                   boolean read) {
    }

    public record UnreadJson(int unread, boolean capped) {
    }

    @Inject
    private Notifications notifications;

    @GET
    @Operation(summary = "Notices for the caller: to them by name, and to their roles about their locations' cases")
    public List<NotificationJson> mine() {
        return notifications.newest(100).stream().map(n -> new NotificationJson(n.notification().getId(),
                n.notification().getKind().name(), n.notification().getIncidentId(), n.notification().getRecoveryId(),
                n.notification().getPromiseId(), n.notification().getCreatedAt(), n.read())).toList();
    }

    @GET
    @Path("unread")
    @Operation(summary = "How many of the caller's notices are unread (counted up to 100; capped says there are more)")
    public UnreadJson unread() {
        int n = notifications.unread();
        return new UnreadJson(Math.min(n, Notifications.COUNT_CAP - 1), n >= Notifications.COUNT_CAP);
    }

    @POST
    @Path("{notificationId}/read")
    @Operation(summary = "Mark one notice read (404 for a notice that is not the caller's)")
    public Response markRead(@PathParam("notificationId") long id) {
        notifications.markRead(id);
        return Response.noContent().build();
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark all of the caller's notices read")
    public UnreadJson markAllRead() {
        notifications.markAllRead();
        return new UnreadJson(0, false);
    }
}
