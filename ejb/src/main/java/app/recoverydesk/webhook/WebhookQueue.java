package app.recoverydesk.webhook;

import app.recoverydesk.event.DomainEvent;
import app.recoverydesk.event.Part;
import app.recoverydesk.event.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Every event of a tenant becomes one delivery for each of the tenant's active endpoints subscribed to its type,
 * in the hand-over's own transaction: the deliveries exist exactly when the event counts as handed over.
 */
@ApplicationScoped
public class WebhookQueue {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<Queued> queued;

    void on(@Observes @Part("webhooks") DomainEvent event) {
        if (event.type() == EventType.WEBHOOK_TEST) {
            return; // only the endpoint that asked for it gets a test event
        }
        Instant now = clock.instant();
        boolean any = false;
        for (WebhookEndpoint endpoint : em.createNamedQuery("WebhookEndpoint.active", WebhookEndpoint.class)
                .getResultList()) {
            if (endpoint.subscribes(event.type().wireName())) {
                em.persist(new WebhookDelivery(endpoint.getId(), event.id(), event.type().wireName(), event.payload(),
                        now));
                any = true;
            }
        }
        if (any) {
            queued.fire(new Queued());
        }
    }

    /** Fired in the transaction that queued deliveries; after its commit the worker starts sending them. */
    public record Queued() {
    }
}
