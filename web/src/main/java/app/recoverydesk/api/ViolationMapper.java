package app.recoverydesk.api;

import app.recoverydesk.failure.Message;
import app.recoverydesk.web.i18n.Texts;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A constraint of a service method that a request broke (the resource let it through): a 400 problem naming
 * each field, like every other refusal, instead of the container's own violation report.
 */
@Provider
public class ViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Inject
    private ApiLanguage language;

    @Override
    public Response toResponse(ConstraintViolationException failure) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (failure.getConstraintViolations() != null) {
            for (ConstraintViolation<?> v : failure.getConstraintViolations()) {
                String name = "body";
                for (Path.Node node : v.getPropertyPath()) {
                    if (node.getName() != null) {
                        name = node.getName();
                    }
                }
                fields.merge(name, v.getMessage(), (a, b) -> a + "; " + b);
            }
        }
        if (fields.isEmpty()) {
            fields.put("body", Texts.render(Message.of("problem.invalid"), language.locale(), language.zone()));
        }
        return Problem.of(Response.Status.BAD_REQUEST,
                Texts.render(Message.of("problem.invalid"), language.locale(), language.zone()), fields);
    }
}
