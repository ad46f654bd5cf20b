package app.recoverydesk.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;

/** The value is the name of one of the enum's constants (null is left to {@code @NotNull}). */
@Target({FIELD, METHOD})
@Retention(RUNTIME)
@Constraint(validatedBy = EnumValue.Validator.class)
public @interface EnumValue {

    Class<? extends Enum<?>> value();

    String message() default "{app.recoverydesk.validation.EnumValue.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EnumValue, String> {

        private Enum<?>[] constants;

        @Override
        public void initialize(EnumValue annotation) {
            constants = annotation.value().getEnumConstants();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Arrays.stream(constants).anyMatch(c -> c.name().equals(value));
        }
    }
}
