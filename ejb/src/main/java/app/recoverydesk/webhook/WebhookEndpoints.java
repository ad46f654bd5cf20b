package app.recoverydesk.webhook;

import app.recoverydesk.audit.AuditLog;
import app.recoverydesk.event.DomainEvent;
import app.recoverydesk.event.EventType;
import app.recoverydesk.event.TestEvent;
import app.recoverydesk.failure.BusinessException;
import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.failure.Kind;
import app.recoverydesk.tenancy.TenantContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The caller's tenant's webhook endpoints: a tenant admin registers, changes and deactivates them, reads each one's
 * delivery log, and sends one a test event. The URL is checked by the {@link AddressGuard}; the secret, unless the
 * admin chooses one, is made here and shown once.
 */
@Stateless
public class WebhookEndpoints {

    /** Deliveries the log shows of an endpoint, newest first. */
    public static final int LOG_SIZE = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantContext caller;

    @Inject
    private Clock clock;

    @Inject
    private Event<WebhookQueue.Queued> queued;

    @Inject
    private AuditLog audit;

    /** The events an endpoint may subscribe to: all but the test event, which only its own request sends. */
    public static List<EventType> subscribable() {
        return Arrays.stream(EventType.values()).filter(t -> t != EventType.WEBHOOK_TEST).toList();
    }

    public List<WebhookEndpoint> all() {
        return em.createNamedQuery("WebhookEndpoint.all", WebhookEndpoint.class).getResultList();
    }

    public WebhookEndpoint require(long id) {
        return em.createNamedQuery("WebhookEndpoint.byId", WebhookEndpoint.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(WebhookNotFoundException::new);
    }

    /** A new endpoint, active; its secret (the admin's or a new random one) is on the answer, to be shown once. */
    public WebhookEndpoint register(String url, Collection<String> events, String secret) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String checkedUrl = checkUrl(url, errors);
        Set<String> checkedEvents = checkEvents(events, errors);
        String checkedSecret = checkSecret(secret, errors);
        errors.throwIfAny();
        WebhookEndpoint endpoint = new WebhookEndpoint(checkedUrl, checkedEvents,
                checkedSecret == null ? Signature.newSecret() : checkedSecret, caller.username(), clock.instant());
        em.persist(endpoint);
        em.flush(); // the id, for the audit entry; the secret is never recorded
        audit.record("webhook.registered", "webhook " + endpoint.getId(), null, describe(endpoint));
        return endpoint;
    }

    /** An endpoint as the audit log shows it: address, events, whether active; never its secret. */
    private static String describe(WebhookEndpoint endpoint) {
        return endpoint.getUrl() + "; events " + String.join(", ", new java.util.TreeSet<>(endpoint.getEvents()))
                + "; " + (endpoint.isActive() ? "active" : "inactive");
    }

    /**
     * Changes what is given and keeps what is null: URL, events, a new secret, active or not. All or nothing: every
     * invalid field is named before anything changes.
     */
    public WebhookEndpoint update(long id, String url, Collection<String> events, String secret, Boolean active) {
        WebhookEndpoint endpoint = require(id);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String checkedUrl = url == null ? endpoint.getUrl() : checkUrl(url, errors);
        Set<String> checkedEvents = events == null ? endpoint.getEvents() : checkEvents(events, errors);
        String checkedSecret = checkSecret(secret, errors);
        errors.throwIfAny();
        String before = describe(endpoint);
        endpoint.change(checkedUrl, checkedEvents);
        if (checkedSecret != null) {
            endpoint.rotate(checkedSecret);
        }
        if (Boolean.TRUE.equals(active)) {
            endpoint.activate();
        } else if (Boolean.FALSE.equals(active)) {
            endpoint.deactivate();
        }
        String after = describe(endpoint);
        if (!after.equals(before) || checkedSecret != null) {
            audit.record("webhook.changed", "webhook " + endpoint.getId(), before,
                    checkedSecret != null ? after + "; secret changed" : after);
        }
        return endpoint;
    }

    /** Nothing more is delivered to it; what is pending waits, should it be activated again. */
    public WebhookEndpoint deactivate(long id) {
        WebhookEndpoint endpoint = require(id);
        if (endpoint.isActive()) {
            String before = describe(endpoint);
            endpoint.deactivate();
            audit.record("webhook.deactivated", "webhook " + endpoint.getId(), before, describe(endpoint));
        }
        return endpoint;
    }

    /** The endpoint's latest deliveries, newest first. */
    public List<WebhookDelivery> deliveries(long id) {
        require(id);
        return em.createNamedQuery("WebhookDelivery.ofEndpoint", WebhookDelivery.class).setParameter("endpointId", id)
                .setMaxResults(LOG_SIZE).getResultList();
    }

    /** Queues a {@code webhook.test} event for this endpoint only, behind whatever it still has to receive. */
    public WebhookDelivery sendTest(long id) {
        WebhookEndpoint endpoint = require(id);
        if (!endpoint.isActive()) {
            throw new BusinessException(Kind.CONFLICT, "webhook.test.inactive");
        }
        long tenantId = caller.tenantId().orElseThrow(() -> new IllegalStateException("A test event needs a tenant"));
        DomainEvent event = TestEvent.forEndpoint(tenantId, endpoint.getId(), caller.username(), clock.instant());
        WebhookDelivery delivery = new WebhookDelivery(endpoint.getId(), event.id(), event.type().wireName(),
                event.payload(), clock.instant());
        em.persist(delivery);
        queued.fire(new WebhookQueue.Queued());
        return delivery;
    }

    private static String checkUrl(String url, InvalidInputException.Collector errors) {
        if (url == null || url.isBlank()) {
            errors.add("url", "webhook.url.required");
            return null;
        }
        String text = url.strip();
        if (text.length() > WebhookEndpoint.MAX_URL) {
            errors.add("url", "text.tooLong", WebhookEndpoint.MAX_URL);
            return null;
        }
        AddressGuard.fromEnvironment().check(text).ifPresent(refusal -> errors.add("url", refusal.key()));
        return text;
    }

    private static Set<String> checkEvents(Collection<String> events, InvalidInputException.Collector errors) {
        Set<String> names = new LinkedHashSet<>();
        if (events != null) {
            for (String name : events) {
                EventType type = name == null ? null : EventType.ofWireName(name.strip()).orElse(null);
                if (type == null || type == EventType.WEBHOOK_TEST) {
                    errors.add("events", "webhook.events.unknown");
                    return names;
                }
                names.add(type.wireName());
            }
        }
        if (names.isEmpty()) {
            errors.add("events", "webhook.events.required");
        }
        return names;
    }

    private static String checkSecret(String secret, InvalidInputException.Collector errors) {
        if (secret == null || secret.isBlank()) {
            return null;
        }
        String text = secret.strip();
        if (text.length() < Signature.MIN_SECRET) {
            errors.add("secret", "webhook.secret.short", Signature.MIN_SECRET);
        } else if (text.length() > WebhookEndpoint.MAX_SECRET) {
            errors.add("secret", "text.tooLong", WebhookEndpoint.MAX_SECRET);
        }
        return text;
    }
}
