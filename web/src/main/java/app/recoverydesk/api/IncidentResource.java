package app.recoverydesk.api;

import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentDraft;
import app.recoverydesk.incident.IncidentService;
import app.recoverydesk.security.Roles;
import app.recoverydesk.validation.FieldErrors;
import app.recoverydesk.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Set;

/** Incidents of the caller's tenant. */
@Path("incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.MANAGER, Roles.EXECUTIVE})
public class IncidentResource {

    /** Upper bound of a page; keep in step with page.bounds in problems.properties. */
    private static final int MAX_LIMIT = 200;

    @Inject
    private IncidentService incidents;

    @Inject
    private Validator validator;

    @Inject
    private ValidatorFactory validation;

    @POST
    public Response log(IncidentDraft draft, @Context UriInfo uri, @Context HttpHeaders headers) {
        if (draft == null) {
            throw new BadRequestException();
        }
        Set<ConstraintViolation<IncidentDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            Locale locale = headers.getAcceptableLanguages().stream().findFirst()
                    .filter(l -> !l.getLanguage().equals("*")).orElse(Locale.ENGLISH);
            throw new InvalidRequest(FieldErrors.of(violations, validation.getMessageInterpolator(), locale));
        }
        Incident incident = incidents.log(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(incident.getId())).build())
                .entity(IncidentJson.of(incident)).build();
    }

    @GET
    public IncidentPage list(@QueryParam("offset") @DefaultValue("0") int offset,
                             @QueryParam("limit") @DefaultValue("50") int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException(offset < 0 ? "offset" : "limit", "page.bounds");
        }
        return new IncidentPage(incidents.newestFirst(offset, limit).stream().map(IncidentJson::of).toList(),
                incidents.count(), offset, limit);
    }

    @GET
    @Path("{id}")
    public IncidentJson find(@PathParam("id") long id) {
        return incidents.find(id).map(IncidentJson::of).orElseThrow(NotFoundException::new);
    }
}
