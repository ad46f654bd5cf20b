package app.recoverydesk.api;

import app.recoverydesk.incident.Attachment;
import app.recoverydesk.incident.Attachments;
import app.recoverydesk.incident.AttachmentRejectedException;
import app.recoverydesk.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Photos and PDFs of an incident. Upload the raw file as the body; its type is judged by its content. */
@Path("incidents/{incidentId}/attachments")
@RolesAllowed({Roles.FRONTLINE, Roles.MANAGER, Roles.EXECUTIVE})
@Tag(name = "Incidents")
public class AttachmentResource {

    @Inject
    private Attachments attachments;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The incident's attachments, without their content")
    public List<Attachment.Info> list(@PathParam("incidentId") long incidentId) {
        return attachments.of(incidentId);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONTLINE, Roles.MANAGER})
    @Operation(summary = "Attach an image or a PDF of at most 10 MB",
            description = "413 when larger, 415 when the content is not an image or PDF, 400 when the file was "
                    + "cut off before its end.")
    public Response attach(@PathParam("incidentId") long incidentId, @QueryParam("name") String name,
                           InputStream body, @Context UriInfo uri) {
        byte[] content;
        try {
            content = body.readNBytes(Attachments.MAX_BYTES + 1);
        } catch (IOException e) { // the sender went away mid-file: a phone losing its signal, not a fault here
            throw new AttachmentRejectedException(AttachmentRejectedException.Reason.CUT_OFF);
        }
        if (content.length > Attachments.MAX_BYTES) {
            throw new AttachmentRejectedException(AttachmentRejectedException.Reason.TOO_LARGE);
        }
        Attachment a = attachments.attach(incidentId, name, content);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.getId())).build())
                .entity(attachments.of(incidentId).stream().filter(i -> i.id().equals(a.getId())).findFirst()
                        .orElseThrow())
                .build();
    }

    @GET
    @Path("{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "The attachment's content")
    public Response content(@PathParam("incidentId") long incidentId, @PathParam("attachmentId") long attachmentId) {
        Attachment a = attachments.find(incidentId, attachmentId).orElseThrow(NotFoundException::new);
        return Response.ok(a.getContent(), a.getContentType())
                .header("Content-Disposition", a.contentDisposition())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
