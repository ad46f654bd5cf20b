package app.recoverydesk.web.admin;

import app.recoverydesk.webhook.WebhookDelivery;
import app.recoverydesk.webhook.WebhookEndpoint;
import app.recoverydesk.webhook.WebhookEndpoints;
import app.recoverydesk.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The tenant admin's webhooks page: endpoints, a new one (its secret shown once), a test event, the delivery log. */
@Named
@ViewScoped
public class AdminWebhooks implements Serializable {

    @Inject
    private WebhookEndpoints endpoints;

    private String url;
    private List<String> events = new ArrayList<>();
    private String secret;
    /** The endpoint just created and its secret, shown this once. */
    private Long createdId;
    private String createdSecret;
    /** The endpoint whose delivery log is open. */
    private Long logOf;
    private List<WebhookEndpoint> all;
    private List<WebhookDelivery> log = List.of();

    @PostConstruct
    void load() {
        all = endpoints.all();
        log = logOf == null ? List.of() : endpoints.deliveries(logOf);
    }

    public void add() {
        WebhookEndpoint created = endpoints.register(url, events, secret);
        createdId = created.getId();
        createdSecret = created.getSecret();
        url = null;
        events = new ArrayList<>();
        secret = null;
        logOf = createdId;
        Messages.info("webhook.added");
        load();
    }

    public void deactivate(long id) {
        endpoints.deactivate(id);
        Messages.info("webhook.deactivated");
        load();
    }

    public void sendTest(long id) {
        endpoints.sendTest(id);
        logOf = id;
        Messages.info("webhook.test.queued");
        load();
    }

    public void showLog(long id) {
        logOf = id;
        load();
    }

    /** Reads the log again (a delivery goes out a moment after it was queued). */
    public void refresh() {
        load();
    }

    public List<String> getEventChoices() {
        return WebhookEndpoints.subscribable().stream().map(t -> t.wireName()).toList();
    }

    public String logUrl() {
        return all.stream().filter(e -> e.getId().equals(logOf)).map(WebhookEndpoint::getUrl).findFirst().orElse("");
    }

    public List<WebhookEndpoint> getAll() { return all; }
    public List<WebhookDelivery> getLog() { return log; }
    public Long getLogOf() { return logOf; }
    public Long getCreatedId() { return createdId; }
    public String getCreatedSecret() { return createdSecret; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public List<String> getEvents() { return events; }
    public void setEvents(List<String> events) { this.events = events == null ? new ArrayList<>() : events; }
    public String getSecret() { return secret; }
    public void setSecret(String secret) { this.secret = secret; }
}
