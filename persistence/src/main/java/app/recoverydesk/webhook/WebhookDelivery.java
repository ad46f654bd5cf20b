package app.recoverydesk.webhook;

import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One event on its way to one endpoint: the exact JSON it receives, and every try written down (how many, the last
 * answer or error). Deliveries of an endpoint go out strictly in order: a later one waits while an earlier one fails.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(name = "WebhookDelivery.byId", query = "select d from WebhookDelivery d where d.id = :id")
@NamedQuery(name = "WebhookDelivery.ofEndpoint", query = "select d from WebhookDelivery d "
        + "where d.endpointId = :endpointId order by d.id desc")
public class WebhookDelivery extends TenantOwned implements Serializable {

    public static final int MAX_ERROR = 1000;

    /**
     * The head of every active endpoint's queue where it is due, oldest first, across tenants (the worker has no
     * tenant): the oldest pending delivery of its endpoint, so that nothing overtakes a delivery that fails.
     */
    public static final String DUE_SQL = "select d.id, d.tenant_id from webhook_delivery d "
            + "join webhook_endpoint e on e.id = d.endpoint_id "
            + "where e.active and d.status = 'PENDING' and d.next_attempt_at <= ? "
            + "and d.id = (select min(h.id) from webhook_delivery h where h.endpoint_id = d.endpoint_id "
            + "and h.status = 'PENDING') order by d.id limit ?";

    @Column(name = "endpoint_id", nullable = false, updatable = false)
    private Long endpointId;

    @Column(name = "event_id", nullable = false, updatable = false)
    private String eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String eventType;

    @Column(nullable = false, updatable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status = DeliveryStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "first_attempt_at")
    private Instant firstAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(long endpointId, String eventId, String eventType, String payload, Instant now) {
        this.endpointId = endpointId;
        this.eventId = Objects.requireNonNull(eventId);
        this.eventType = Objects.requireNonNull(eventType);
        this.payload = Objects.requireNonNull(payload);
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /**
     * Taken for a try: no other worker takes it before {@code lease} has passed (a node that dies mid-call leaves
     * it to be tried again then). False where it is no longer pending or not yet due.
     */
    public boolean claim(Instant now, Duration lease) {
        if (status != DeliveryStatus.PENDING || nextAttemptAt.isAfter(now)) {
            return false;
        }
        nextAttemptAt = now.plus(lease);
        return true;
    }

    /** The endpoint answered 2xx; the error of an earlier try stays in the log, to show why it took several. */
    public void delivered(Instant now, int statusCode) {
        attempt(now);
        status = DeliveryStatus.DELIVERED;
        lastStatusCode = statusCode;
        deliveredAt = now;
    }

    /**
     * A try that did not get a 2xx ({@code statusCode} null where no answer came): tried again after {@code wait},
     * or given up once {@code giveUpAfter} has passed since the first try.
     */
    public void failed(Instant now, Integer statusCode, String error, Duration wait, Duration giveUpAfter) {
        attempt(now);
        lastStatusCode = statusCode;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
        if (!now.isBefore(firstAttemptAt.plus(giveUpAfter))) {
            status = DeliveryStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(wait);
        }
    }

    private void attempt(Instant now) {
        if (status != DeliveryStatus.PENDING) {
            throw new IllegalStateException("delivery " + getId() + " is " + status);
        }
        attempts++;
        if (firstAttemptAt == null) {
            firstAttemptAt = now;
        }
        lastAttemptAt = now;
    }

    public Long getEndpointId() { return endpointId; }
    public String getEventId() { return eventId; }
    public String getEventType() { return eventType; }
    public String getPayload() { return payload; }
    public DeliveryStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public Instant getFirstAttemptAt() { return firstAttemptAt; }
    public Instant getLastAttemptAt() { return lastAttemptAt; }
    public Integer getLastStatusCode() { return lastStatusCode; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDeliveredAt() { return deliveredAt; }
}
