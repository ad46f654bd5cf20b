package app.recoverydesk.web.incidents;

import app.recoverydesk.incident.Categories;
import app.recoverydesk.incident.Channel;
import app.recoverydesk.incident.IncidentCategory;
import app.recoverydesk.incident.IncidentDraft;
import app.recoverydesk.incident.RootCause;
import app.recoverydesk.incident.Severity;
import app.recoverydesk.tenancy.Location;
import app.recoverydesk.tenancy.Locations;
import app.recoverydesk.validation.FieldErrors;
import app.recoverydesk.web.i18n.Formats;
import app.recoverydesk.web.i18n.LocaleSelector;
import app.recoverydesk.web.i18n.Messages;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the "log incident" and "edit incident" forms share: the draft, its choices, and turning refusals
 * into messages next to the fields (field names are the component ids).
 */
public abstract class IncidentForm implements Serializable {

    @Inject
    protected Formats formats;

    @Inject
    private Locations locations;

    @Inject
    private Categories categories;

    @Inject
    private LocaleSelector localeSelector;

    /** Looked up when needed, not injected: the validator factory's proxy cannot be read back on another node. */
    private transient ValidatorFactory validation;

    protected IncidentDraft draft = new IncidentDraft();
    protected LocalDateTime occurredAt;
    private List<Location> locationChoices;
    private List<IncidentCategory> categoryChoices;

    /** The choices for a new incident: locations in use only. */
    protected void loadChoices() {
        loadChoices(null);
    }

    /** Offers only these of the choices (the caller's own location on the log form). */
    protected void narrowLocationsTo(List<Location> own) {
        locationChoices = List.copyOf(own);
    }

    /** The choices for an incident at {@code current}: locations in use, and that one even if it is not. */
    protected void loadChoices(Location current) {
        locationChoices = locations.all().stream()
                .filter(l -> l.isActive() || current != null && l.getId().equals(current.getId())).toList();
        categoryChoices = categories.active();
    }

    /** Saves through {@code save}; answers the outcome, or null to stay on the form with messages. */
    protected String submit(Runnable save, String outcome) {
        return submit(() -> {
            save.run();
            return outcome;
        });
    }

    private ValidatorFactory validation() {
        if (validation == null) {
            validation = CDI.current().select(ValidatorFactory.class).get();
        }
        return validation;
    }

    /** Saves through {@code save}, which answers where to go next; null to stay on the form with messages. */
    protected String submit(Supplier<String> save) {
        draft.setOccurredAt(occurredAt == null ? null : occurredAt.atZone(formats.zone()).toInstant());
        // each field was validated by the form; this catches what only the whole draft shows (a time in the future)
        ValidatorFactory validation = validation();
        Map<String, String> errors = FieldErrors.of(validation.getValidator().validate(draft),
                validation.getMessageInterpolator(), localeSelector.getLocale());
        if (!errors.isEmpty()) {
            errors.forEach((field, message) -> Messages.errorText("incident:" + field, message));
            return null;
        }
        return save.get();
    }

    public IncidentDraft getDraft() {
        return draft;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public List<Location> getLocations() {
        return locationChoices;
    }

    public List<IncidentCategory> getCategories() {
        return categoryChoices;
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public RootCause[] getRootCauses() {
        return RootCause.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }
}
