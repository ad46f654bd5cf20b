package app.recoverydesk.api;

import app.recoverydesk.validation.FieldErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.BadRequestException;
import java.util.Locale;

/** Validates a request body, or answers 400 naming each invalid field in the caller's language. */
@RequestScoped
public class Validation {

    @Inject
    private Validator validator;

    @Inject
    private ValidatorFactory factory;

    @Inject
    private HttpServletRequest request;

    public <T> T valid(T body) {
        if (body == null) {
            throw new BadRequestException();
        }
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            Locale locale = request.getHeader("Accept-Language") == null ? Locale.ENGLISH : request.getLocale();
            throw new InvalidRequest(FieldErrors.of(violations, factory.getMessageInterpolator(), locale));
        }
        return body;
    }
}
