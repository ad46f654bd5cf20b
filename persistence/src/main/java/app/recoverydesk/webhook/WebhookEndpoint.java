package app.recoverydesk.webhook;

import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A URL of another system that hears about the business's cases: the events it subscribed to, by their wire names,
 * and the secret its deliveries are signed with. A deactivated endpoint gets nothing until it is active again.
 */
@Entity
@Table(name = "webhook_endpoint")
@NamedQuery(name = "WebhookEndpoint.all", query = "select e from WebhookEndpoint e order by e.id")
@NamedQuery(name = "WebhookEndpoint.active", query = "select e from WebhookEndpoint e where e.active = true order by e.id")
@NamedQuery(name = "WebhookEndpoint.byId", query = "select e from WebhookEndpoint e where e.id = :id")
public class WebhookEndpoint extends TenantOwned implements Serializable {

    /** Column widths (V17). */
    public static final int MAX_URL = 2000;
    public static final int MAX_SECRET = 200;
    public static final int MAX_EVENTS = 1000;

    @Column(nullable = false)
    private String url;

    /** Wire names, comma separated, in the order the admin chose them. */
    @Column(nullable = false)
    private String events;

    @Column(nullable = false)
    private String secret;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected WebhookEndpoint() {
    }

    public WebhookEndpoint(String url, Set<String> events, String secret, String createdBy, Instant createdAt) {
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        change(url, events);
        rotate(secret);
    }

    /** A new URL and subscription; both already checked by the service. */
    public void change(String url, Set<String> events) {
        if (url == null || url.isBlank() || events == null || events.isEmpty()) {
            throw new IllegalArgumentException("an endpoint needs a URL and at least one event");
        }
        String list = String.join(",", events);
        if (url.length() > MAX_URL || list.length() > MAX_EVENTS) {
            throw new IllegalArgumentException("URL or events too long");
        }
        this.url = url;
        this.events = list;
    }

    public void rotate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > MAX_SECRET) {
            throw new IllegalArgumentException("a secret of 1 to " + MAX_SECRET + " characters");
        }
        this.secret = secret;
    }

    public void activate() {
        active = true;
    }

    public void deactivate() {
        active = false;
    }

    public boolean subscribes(String wireName) {
        return getEvents().contains(wireName);
    }

    public String getUrl() { return url; }
    public String getSecret() { return secret; }
    public boolean isActive() { return active; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }

    /** The subscribed events' wire names, in order. */
    public Set<String> getEvents() {
        List<String> names = Arrays.stream(events.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new LinkedHashSet<>(names);
    }
}
