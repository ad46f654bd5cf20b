package app.recoverydesk.recovery;

/** A limit of a recovery policy that a grant can exceed; any one of them sends the grant to a manager. */
public enum Limit {
    PER_INCIDENT, PER_DAY, ROLE, LOCATION
}
