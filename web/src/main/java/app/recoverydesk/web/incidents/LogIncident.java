package app.recoverydesk.web.incidents;

import app.recoverydesk.incident.IncidentDraft;
import app.recoverydesk.incident.IncidentService;
import app.recoverydesk.incident.RootCause;
import app.recoverydesk.incident.Severity;
import app.recoverydesk.tenancy.Location;
import app.recoverydesk.tenancy.Locations;
import app.recoverydesk.validation.InvalidInputException;
import app.recoverydesk.validation.FieldErrors;
import app.recoverydesk.web.i18n.Formats;
import app.recoverydesk.web.i18n.LocaleSelector;
import app.recoverydesk.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** The "Log incident" form: the essentials only, so that it takes under a minute on a phone. */
@Named
@ViewScoped
public class LogIncident implements Serializable {

    @Inject
    private IncidentService incidents;

    @Inject
    private Locations locations;

    @Inject
    private Formats formats;

    @Inject
    private LocaleSelector localeSelector;

    @Inject
    private Validator validator;

    @Inject
    private ValidatorFactory validation;

    private final IncidentDraft draft = new IncidentDraft();
    private LocalDateTime occurredAt;
    private List<Location> choices;

    @PostConstruct
    void init() {
        choices = locations.all();
        if (choices.size() == 1) {
            draft.setLocationId(choices.get(0).getId());
        }
        occurredAt = LocalDateTime.now(formats.zone()).truncatedTo(ChronoUnit.MINUTES);
        draft.setSeverity(Severity.MEDIUM.name());
    }

    public String save() {
        draft.setOccurredAt(occurredAt == null ? null : occurredAt.atZone(formats.zone()).toInstant());
        // the form validated each field; this catches what only the whole draft shows (a time in the future)
        Map<String, String> errors = FieldErrors.of(validator.validate(draft), validation.getMessageInterpolator(),
                localeSelector.getLocale());
        if (!errors.isEmpty()) {
            errors.forEach((field, message) -> Messages.errorText("incident:" + field, message));
            return null;
        }
        try {
            incidents.log(draft);
        } catch (InvalidInputException e) {
            e.messageKeysByField().forEach((field, key) -> Messages.error("incident:" + field, key));
            return null;
        }
        Messages.info("incident.logged");
        return "/incidents/list?faces-redirect=true";
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

    public LocalDateTime getNow() {
        return LocalDateTime.now(formats.zone());
    }

    public List<Location> getLocations() {
        return choices;
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public RootCause[] getRootCauses() {
        return RootCause.values();
    }
}
