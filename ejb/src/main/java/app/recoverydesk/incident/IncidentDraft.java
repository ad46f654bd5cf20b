package app.recoverydesk.incident;

import app.recoverydesk.validation.EnumValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * What a staff member enters to log an incident, from the form or the API. The constraints here are
 * the single statement of what valid input is; both the page and the API report them per field.
 */
public class IncidentDraft {

    @NotNull
    private Long locationId;

    @NotNull
    @PastOrPresent
    private Instant occurredAt;

    @NotBlank
    @Size(max = 2000)
    private String whatHappened;

    @NotNull
    @EnumValue(Severity.class)
    private String severity;

    @NotNull
    @EnumValue(RootCause.class)
    private String rootCause;

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
}
