package app.recoverydesk.recovery;

/** A recovery is granted at once within policy, or pending until a manager approves or rejects it. */
public enum RecoveryStatus {
    GRANTED, PENDING, APPROVED, REJECTED
}
