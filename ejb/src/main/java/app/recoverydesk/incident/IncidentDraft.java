package app.recoverydesk.incident;

import app.recoverydesk.validation.EnumValue;
import app.recoverydesk.validation.Language;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;

/**
 * What a staff member enters to log or revise an incident, from the form or the API. The constraints here
 * are the single statement of what valid input is; both the page and the API report them per field.
 * Only location, time, category, severity, root cause and what happened are required: the rest can be
 * added later.
 */
public class IncidentDraft implements Serializable {

    @NotNull
    private Long locationId;

    @NotNull
    @PastOrPresent
    private Instant occurredAt;

    @NotNull
    private Long categoryId;

    @NotBlank
    @Size(max = 2000)
    private String whatHappened;

    @NotNull
    @EnumValue(Severity.class)
    private String severity;

    @NotNull
    @EnumValue(RootCause.class)
    private String rootCause;

    @Size(max = 1000)
    private String rootCauseNote;

    @EnumValue(Channel.class)
    private String channel;

    @Size(max = 2000)
    private String customerExpected;

    @Size(max = 200)
    private String customerName;

    @Size(max = 254)
    private String customerContact;

    private boolean customerConsent;

    /** The language the business writes to the customer in; the business's own where not given. */
    @Language
    private String customerLanguage;

    /** The version the editor started from (revisions only): a later save by someone else wins nothing silently. */
    private Integer version;

    /** A draft holding what the incident says now, for an edit form. */
    public static IncidentDraft of(Incident incident) {
        IncidentDraft d = new IncidentDraft();
        d.locationId = incident.getLocation().getId();
        d.occurredAt = incident.getOccurredAt();
        d.categoryId = incident.getCategory() == null ? null : incident.getCategory().getId();
        d.whatHappened = incident.getWhatHappened();
        d.severity = incident.getSeverity().name();
        d.rootCause = incident.getRootCause().name();
        d.rootCauseNote = incident.getRootCauseNote();
        d.channel = incident.getChannel().name();
        d.customerExpected = incident.getCustomerExpected();
        if (incident.getCustomer() != null) {
            d.customerName = incident.getCustomer().getName();
            d.customerContact = incident.getCustomer().getContact();
            d.customerConsent = incident.getCustomer().isConsent();
            d.customerLanguage = incident.getCustomer().getLanguage();
        }
        d.version = incident.getVersion();
        return d;
    }

    Channel channelOrDefault() {
        return channel == null ? Channel.IN_PERSON : Channel.valueOf(channel);
    }

    boolean hasCustomer() {
        return notBlank(customerName) || notBlank(customerContact);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public Long getLocationId() {
        return locationId;
    }

    public void setLocationId(Long locationId) {
        this.locationId = locationId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public String getRootCause() {
        return rootCause;
    }

    public void setRootCause(String rootCause) {
        this.rootCause = rootCause;
    }

    public String getRootCauseNote() {
        return rootCauseNote;
    }

    public void setRootCauseNote(String rootCauseNote) {
        this.rootCauseNote = rootCauseNote;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getCustomerExpected() {
        return customerExpected;
    }

    public void setCustomerExpected(String customerExpected) {
        this.customerExpected = customerExpected;
    }

    public String getCustomerName() {
        return customerName;
    }

    public void setCustomerName(String customerName) {
        this.customerName = customerName;
    }

    public String getCustomerContact() {
        return customerContact;
    }

    public void setCustomerContact(String customerContact) {
        this.customerContact = customerContact;
    }

    public boolean isCustomerConsent() {
        return customerConsent;
    }

    public void setCustomerConsent(boolean customerConsent) {
        this.customerConsent = customerConsent;
    }

    public String getCustomerLanguage() {
        return customerLanguage;
    }

    public void setCustomerLanguage(String customerLanguage) {
        this.customerLanguage = customerLanguage == null || customerLanguage.isBlank() ? null : customerLanguage.strip();
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
