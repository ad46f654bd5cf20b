package app.recoverydesk.mail;

/** Where a mail is: waiting (first try or a retry), taken by the server, refused for good, or given up. */
public enum MailStatus {
    PENDING,
    SENT,
    /** The SMTP server refused the address for good: no retry. */
    BOUNCED,
    /** Tried until the give-up time without success. */
    FAILED
}
