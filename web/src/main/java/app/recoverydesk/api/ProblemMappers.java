package app.recoverydesk.api;

import app.recoverydesk.validation.InvalidInputException;
import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure of an API call into a problem+json answer; unexpected ones are logged, not shown. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static Response invalid(Map<String, String> fields) {
        return Problem.of(Status.BAD_REQUEST, "The request has invalid fields.", fields);
    }

    static Response from(Throwable failure) {
        if (failure instanceof WebApplicationException wae) {
            Response.StatusType status = wae.getResponse().getStatusInfo();
            return Problem.of(status, status.getReasonPhrase() + ".");
        }
        if (failure instanceof ProcessingException) {
            return Problem.of(Status.BAD_REQUEST, "The request body is not valid JSON of the expected shape.");
        }
        if (failure instanceof InvalidInputException invalid) {
            Map<String, String> fields = new TreeMap<>();
            ResourceBundle bundle = ResourceBundle.getBundle("app.recoverydesk.api.problems", Locale.ENGLISH);
            invalid.messageKeysByField().forEach((field, key) -> fields.put(field, bundle.getString(key)));
            return invalid(fields);
        }
        if (failure instanceof InvalidRequest invalid) {
            return invalid(invalid.messagesByField());
        }
        if (failure instanceof OptimisticLockException) {
            return Problem.of(Status.CONFLICT, "Someone else changed this record; reload and try again.");
        }
        if (failure instanceof EJBException ejb && ejb.getCause() != null) {
            return from(ejb.getCause());
        }
        LOG.log(Level.SEVERE, "Unexpected failure of an API call", failure);
        return Problem.of(Status.INTERNAL_SERVER_ERROR, "The request could not be completed.");
    }

    @Provider
    public static class Any implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable failure) {
            return from(failure);
        }
    }
}
