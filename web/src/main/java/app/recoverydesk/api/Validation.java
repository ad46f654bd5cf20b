package app.recoverydesk.api;

import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.failure.Message;
import app.recoverydesk.validation.FieldErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/** Validates a request body before any work, or refuses it naming each invalid field in the caller's language. */
@RequestScoped
public class Validation {

    @Inject
    private Validator validator;

    @Inject
    private ValidatorFactory factory;

    @Inject
    private ApiLanguage language;

    public <T> T valid(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "problem.body.missing");
        }
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            Map<String, Message> fields = new LinkedHashMap<>();
            FieldErrors.of(violations, factory.getMessageInterpolator(), language.locale())
                    .forEach((field, text) -> fields.put(field, Message.of("problem.verbatim", text)));
            throw new InvalidInputException(fields);
        }
        return body;
    }
}
