package app.recoverydesk.api;

/** The body of a status change: the status to move to. */
public class StatusChange {

    private String to;

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
