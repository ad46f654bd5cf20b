package app.recoverydesk.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A first or last name the identity provider keeps: none of the characters Keycloak refuses in a person's name
 * (its person-name-prohibited-characters rule: markup, shell and SQL punctuation, control characters), and no
 * character outside the Basic Multilingual Plane — emoji and the like — which Keycloak's MySQL/MariaDB tables
 * (utf8mb3) cannot store. Checked here, so that the user learns which field to change and nothing is created.
 */
@Target({FIELD, METHOD})
@Retention(RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = "[^<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()\\p{Cntrl}\\x{10000}-\\x{10FFFF}]*")
public @interface PersonName {

    String message() default "{app.recoverydesk.validation.PersonName.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
