package app.recoverydesk.webhook;

import app.recoverydesk.event.Backoff;
import app.recoverydesk.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The two short transactions around one webhook call, as the delivery's tenant: taking the delivery (so that no
 * other worker sends it meanwhile) and writing down what the call got. The call itself holds no transaction.
 */
@Stateless
public class WebhookCalls {

    /** How long a taken delivery is left to its worker: longer than a call can last (connect + answer timeouts). */
    static final Duration LEASE = Duration.ofSeconds(60);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantContext tenantContext;

    @Inject
    private Clock clock;

    /** The delivery taken for a try; empty where another worker has it, it is not due, or its endpoint is inactive. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Attempt> claim(long deliveryId, long tenantId) {
        return tenantContext.runAs(tenantId, () -> {
            WebhookDelivery delivery = locked(deliveryId);
            if (delivery == null) {
                return Optional.<Attempt>empty();
            }
            WebhookEndpoint endpoint = em.createNamedQuery("WebhookEndpoint.byId", WebhookEndpoint.class)
                    .setParameter("id", delivery.getEndpointId()).getResultStream().findFirst().orElse(null);
            if (endpoint == null || !endpoint.isActive() || !delivery.claim(clock.instant(), LEASE)) {
                return Optional.<Attempt>empty();
            }
            return Optional.of(new Attempt(delivery.getId(), tenantId, endpoint.getUrl(), endpoint.getSecret(),
                    delivery.getEventId(), delivery.getEventType(), delivery.getPayload()));
        });
    }

    /** Writes down one try: delivered, or failed and due again after its backoff (or given up after a day). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long deliveryId, long tenantId, Outcome outcome) {
        tenantContext.runAs(tenantId, () -> {
            WebhookDelivery delivery = locked(deliveryId);
            if (delivery == null || delivery.getStatus() != DeliveryStatus.PENDING) {
                return;
            }
            Instant now = clock.instant();
            if (outcome.delivered()) {
                delivery.delivered(now, outcome.statusCode());
            } else {
                delivery.failed(now, outcome.statusCode(), outcome.error(), Backoff.after(delivery.getAttempts() + 1),
                        Backoff.GIVE_UP_AFTER);
            }
        });
    }

    /** The row, locked; null where another transaction holds it (SKIP LOCKED) or it is gone. */
    private WebhookDelivery locked(long id) {
        return em.createNamedQuery("WebhookDelivery.byId", WebhookDelivery.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .getResultStream().findFirst().orElse(null);
    }
}
