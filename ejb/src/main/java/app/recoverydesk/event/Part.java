package app.recoverydesk.event;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the part of the application an observer of {@link DomainEvent} belongs to ("notices", "staff-mail",
 * "webhooks"). Each part gets each event in a transaction of its own, so a part that fails (a mail part whose
 * identity provider is away, say) holds up neither the others nor the user, and is tried again alone.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.TYPE})
public @interface Part {

    String value();

    final class Literal extends AnnotationLiteral<Part> implements Part {

        private final String value;

        public Literal(String value) {
            this.value = value;
        }

        @Override
        public String value() {
            return value;
        }
    }
}
