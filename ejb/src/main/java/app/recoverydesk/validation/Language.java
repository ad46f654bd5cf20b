package app.recoverydesk.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import app.recoverydesk.i18n.Translations;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The value is one of the product's languages (en, nb, pl, hr, ru); null is left to {@code @NotNull}. */
@Target({FIELD, METHOD})
@Retention(RUNTIME)
@Constraint(validatedBy = Language.Validator.class)
public @interface Language {

    String message() default "{app.recoverydesk.validation.Language.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Language, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Translations.LANGUAGES.contains(value);
        }
    }
}
