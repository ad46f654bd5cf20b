package app.recoverydesk.incident;

/** How the customer told us. */
public enum Channel {
    IN_PERSON, PHONE, EMAIL, WEB, SOCIAL
}
