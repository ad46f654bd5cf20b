package app.recoverydesk.mail;

/** What the SMTP server gets for one mail: read from the outbox, sent outside any transaction. */
public record Letter(long id, String recipient, String senderName, String subject, String body) {
}
