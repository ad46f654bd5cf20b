package app.recoverydesk.api;

import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.failure.Kind;
import app.recoverydesk.failure.Message;
import app.recoverydesk.failure.TooManyTriesException;
import app.recoverydesk.tenancy.IdentityProviderException;
import app.recoverydesk.failure.Failures;
import app.recoverydesk.web.i18n.Texts;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one handler of the API: every failure of a call becomes a problem+json answer in the caller's language.
 * Failures the product does not understand are logged and answered without any detail of their own.
 */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    /** Seconds a client waits before trying again when the database or the sign-in service is away. */
    static final String RETRY_AFTER = "5";

    private static final Map<Kind, Status> STATUS = Map.of(
            Kind.INVALID, Status.BAD_REQUEST,
            Kind.NOT_FOUND, Status.NOT_FOUND,
            Kind.CONFLICT, Status.CONFLICT,
            Kind.UNAUTHENTICATED, Status.UNAUTHORIZED,
            Kind.FORBIDDEN, Status.FORBIDDEN,
            Kind.TOO_LARGE, Status.REQUEST_ENTITY_TOO_LARGE,
            Kind.UNSUPPORTED_TYPE, Status.UNSUPPORTED_MEDIA_TYPE,
            Kind.UNAVAILABLE, Status.SERVICE_UNAVAILABLE,
            Kind.TOO_MANY_TRIES, Status.TOO_MANY_REQUESTS);

    @Inject
    private ApiLanguage language;

    @Override
    public Response toResponse(Throwable failure) {
        Optional<BusinessException> understood = Failures.understood(failure);
        if (understood.isPresent()) {
            return answer(understood.get());
        }
        if (failure instanceof WebApplicationException wae) {
            Response.StatusType status = wae.getResponse().getStatusInfo();
            String key = "problem.http." + status.getStatusCode();
            return Problem.of(status, bundle().containsKey(key) ? text(Message.of(key)) : status.getReasonPhrase() + ".");
        }
        if (failure instanceof ProcessingException) {
            return answer(new InvalidInputException("body", "problem.json"));
        }
        LOG.log(Level.SEVERE, "Unexpected failure of an API call", failure);
        return Problem.of(Status.INTERNAL_SERVER_ERROR, text(Message.of("problem.unexpected")));
    }

    private Response answer(BusinessException failure) {
        if (failure instanceof IdentityProviderException idp) {
            LOG.log(Level.WARNING, "The identity provider refused a change: {0}", idp.detail());
        }
        Status status = STATUS.get(failure.kind());
        Map<String, String> fields = new LinkedHashMap<>();
        if (failure instanceof InvalidInputException invalid) {
            invalid.fields().forEach((field, message) -> fields.put(field, text(message)));
        }
        Response problem = Problem.of(status, text(failure.message()), fields);
        if (failure instanceof TooManyTriesException tooMany) {
            return Response.fromResponse(problem).header("Retry-After", tooMany.retryAfterSeconds()).build();
        }
        return switch (status) {
            case SERVICE_UNAVAILABLE -> Response.fromResponse(problem).header("Retry-After", RETRY_AFTER).build();
            case UNAUTHORIZED -> Response.fromResponse(problem).header("WWW-Authenticate", "Bearer").build();
            default -> problem;
        };
    }

    private String text(Message message) {
        return Texts.render(message, language.locale(), language.zone());
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle(app.recoverydesk.web.i18n.Messages.BUNDLE, language.locale());
    }
}
