package app.recoverydesk.initiative;

/** Proposed → fixing → verifying → verified → announced; or abandoned, with a reason. */
public enum InitiativeStatus {
    PROPOSED, FIXING, VERIFYING, VERIFIED, ANNOUNCED, ABANDONED
}
