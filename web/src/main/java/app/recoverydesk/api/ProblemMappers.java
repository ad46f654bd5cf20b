package app.recoverydesk.api;

import app.recoverydesk.incident.AttachmentRejectedException;
import app.recoverydesk.incident.IllegalTransitionException;
import app.recoverydesk.incident.IncidentNotFoundException;
import app.recoverydesk.incident.StaleIncidentException;
import app.recoverydesk.initiative.GateException;
import app.recoverydesk.initiative.InitiativeNotFoundException;
import app.recoverydesk.promise.OpenPromisesException;
import app.recoverydesk.promise.PromiseClosedException;
import app.recoverydesk.promise.PromiseNotFoundException;
import app.recoverydesk.recovery.AlreadyDecidedException;
import app.recoverydesk.recovery.RecoveryNotFoundException;
import app.recoverydesk.recovery.SelfApprovalException;
import app.recoverydesk.tenancy.IdentityProviderException;
import app.recoverydesk.tenancy.StaffNotFoundException;
import app.recoverydesk.tenancy.TenantNotFoundException;
import app.recoverydesk.validation.InvalidInputException;
import jakarta.ejb.EJBException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
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
        if (failure instanceof GateException gate) {
            return Problem.of(Status.CONFLICT, "Fix first, then announce. Still missing: " + String.join("; ", gate.missing()) + ".");
        }
        if (failure instanceof OpenPromisesException open) {
            return Problem.of(Status.CONFLICT, "The case has " + open.open() + " open promise(s): keep or cancel them first, "
                    + "or a manager closes the case with a reason.");
        }
        if (failure instanceof PromiseClosedException) {
            return Problem.of(Status.CONFLICT, "This promise was already kept or broken.");
        }
        if (failure instanceof SelfApprovalException) {
            return Problem.of(Status.FORBIDDEN, "A manager cannot decide their own request.");
        }
        if (failure instanceof AlreadyDecidedException) {
            return Problem.of(Status.CONFLICT, "This request has already been decided; that decision stands.");
        }
        if (failure instanceof IncidentNotFoundException || failure instanceof TenantNotFoundException
                || failure instanceof StaffNotFoundException || failure instanceof RecoveryNotFoundException
                || failure instanceof PromiseNotFoundException || failure instanceof InitiativeNotFoundException) {
            return Problem.of(Status.NOT_FOUND, "No such record.");
        }
        if (failure instanceof IdentityProviderException idp) {
            LOG.log(Level.WARNING, "The identity provider refused a change", idp);
            return idp.status() == 409
                    ? Problem.of(Status.CONFLICT, "That username, e-mail or business name is already taken.")
                    : Problem.of(Status.BAD_GATEWAY, "The sign-in service could not make the change; nothing was created.");
        }
        if (failure instanceof IllegalTransitionException illegal) {
            return Problem.of(Status.CONFLICT, "An incident cannot move from " + illegal.from() + " to "
                    + illegal.to() + "; it may move to " + illegal.from().next() + ".");
        }
        if (failure instanceof AttachmentRejectedException rejected) {
            return switch (rejected.reason()) {
                case TOO_LARGE -> Problem.of(Status.REQUEST_ENTITY_TOO_LARGE, "Attachments may be at most 10 MB.");
                case UNSUPPORTED_TYPE -> Problem.of(Status.UNSUPPORTED_MEDIA_TYPE,
                        "Attach an image (JPEG, PNG, GIF, WebP, HEIC) or a PDF.");
                case CUT_OFF -> Problem.of(Status.BAD_REQUEST,
                        "The file did not arrive in full; nothing was stored. Send it again.");
            };
        }
        if (failure instanceof PessimisticLockException || failure instanceof LockTimeoutException) {
            return Problem.of(Status.CONFLICT, "Someone else is changing the same records right now; try again.");
        }
        if (failure instanceof StaleIncidentException || failure instanceof OptimisticLockException) {
            return Problem.of(Status.CONFLICT, "Someone else changed this incident since you read it; read it again and redo your change.");
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
