package app.recoverydesk.api;

import app.recoverydesk.recovery.Recoveries;
import app.recoverydesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Context;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's in-app notices, newest first. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.MANAGER, Roles.EXECUTIVE})
@Tag(name = "Notifications")
public class NotificationResource {

    public record NotificationJson(String kind, Long incidentId, Long recoveryId, Long promiseId, Instant at) {
    }

    @Inject
    private Recoveries recoveries;

    @GET
    @Operation(summary = "Notices for the caller: to them by name, and to their roles about their locations' cases")
    public List<NotificationJson> mine(@Context SecurityContext security) {
        Set<String> roles = Set.of(Roles.MANAGER, Roles.EXECUTIVE).stream().filter(security::isUserInRole)
                .collect(Collectors.toSet());
        return recoveries.notificationsFor(roles).stream().map(n -> new NotificationJson(n.getKind().name(),
                n.getIncidentId(), n.getRecoveryId(), n.getPromiseId(), n.getCreatedAt())).toList();
    }
}
