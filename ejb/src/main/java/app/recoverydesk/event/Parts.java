package app.recoverydesk.event;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessObserverMethod;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parts that react to domain events, found at deployment from their observers. An observer of
 * {@link DomainEvent} without a {@link Part} would get every event once per part, so it fails the deployment.
 */
public class Parts implements Extension {

    private final Set<String> names = new TreeSet<>();

    void found(@Observes ProcessObserverMethod<DomainEvent, ?> observer) {
        String part = observer.getObserverMethod().getObservedQualifiers().stream().filter(Part.class::isInstance)
                .map(q -> ((Part) q).value()).findFirst()
                .orElseThrow(() -> new DefinitionException("An observer of domain events names no @Part: "
                        + observer.getObserverMethod()));
        names.add(part);
    }

    /** Their names, in a fixed order. */
    public List<String> names() {
        return List.copyOf(names);
    }
}
