package app.recoverydesk.incident;

public enum IncidentStatus {
    OPEN, RECOVERING, AWAITING_APPROVAL, RESOLVED, CLOSED, REOPENED
}
