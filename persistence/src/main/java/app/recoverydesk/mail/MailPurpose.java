package app.recoverydesk.mail;

/** Why a mail goes out: to the customer after a recovery, or to staff about something that needs them. */
public enum MailPurpose {
    /** The customer's feedback invitation, when their case is resolved. */
    INVITATION,
    /** The one reminder of the invitation, where it went unanswered. */
    REMINDER,
    /** A manager (or executive) is told of a new exception request. */
    EXCEPTION_REQUEST,
    /** A promise's owner and the managers are told it is overdue. */
    PROMISE_OVERDUE;

    /** Mails to the customer, whose delivery the case page shows. */
    public boolean toCustomer() {
        return this == INVITATION || this == REMINDER;
    }
}
