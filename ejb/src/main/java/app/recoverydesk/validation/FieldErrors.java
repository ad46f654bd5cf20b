package app.recoverydesk.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Constraint violations as field name → message in the user's language; the page puts each message next
 * to its field, the API lists them in its 400 answer. Field names are the last segment of the property path.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static Map<String, String> of(Set<? extends ConstraintViolation<?>> violations,
                                         MessageInterpolator interpolator, Locale locale) {
        Map<String, String> byField = new TreeMap<>();
        for (ConstraintViolation<?> v : violations) {
            String path = v.getPropertyPath().toString();
            String message = interpolator.interpolate(v.getMessageTemplate(), context(v), locale);
            byField.merge(path.substring(path.lastIndexOf('.') + 1), message, (a, b) -> a + "; " + b);
        }
        return byField;
    }

    private static MessageInterpolator.Context context(ConstraintViolation<?> violation) {
        return new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException(type.getName());
            }
        };
    }
}
