package app.recoverydesk.incident;

public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
