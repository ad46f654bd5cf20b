package app.recoverydesk.event;

import app.recoverydesk.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Where services say what happened. The event goes into the outbox in the caller's transaction, so it exists if
 * and only if the change does; its observers get it from the {@link Dispatcher} once that transaction has
 * committed, and nothing they do can undo the change.
 */
@Stateless
public class Events {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantContext caller;

    @Inject
    private Event<Published> published;

    @Inject
    private Clock clock;

    /** An event about a case; {@code data} holds its details, in the order its JSON shows them. */
    public DomainEvent publish(EventType type, Long incidentId, Long locationId, Map<String, ?> data) {
        long tenantId = caller.tenantId().orElseThrow(() -> new IllegalStateException("An event needs a tenant"));
        Instant now = clock.instant();
        DomainEvent event = EventJson.event(UUID.randomUUID().toString(), tenantId, type, now, incidentId, locationId,
                caller.username(), new LinkedHashMap<>(data));
        em.persist(new OutboxEvent(event.id(), type.wireName(), incidentId, locationId, event.actor(),
                event.payload(), now));
        published.fire(new Published(event.id()));
        return event;
    }

    /** Fired in the publishing transaction; its after-commit observer starts the hand-over at once. */
    public record Published(String eventId) {
    }
}
