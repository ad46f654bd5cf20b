package app.recoverydesk.api;

import jakarta.validation.constraints.Size;

/** The body of a status change: the status to move to. */
public class StatusChange {

    private String to;

    /** Needed to close a case that still has open promises (managers only). */
    @Size(max = 500)
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
