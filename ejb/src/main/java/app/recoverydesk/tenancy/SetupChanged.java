package app.recoverydesk.tenancy;

/**
 * A change a tenant admin made to their business's setup, fired in the transaction of the change so that the audit
 * log records it with the change or not at all: {@code kind} like {@code location.renamed}, {@code subject} like
 * {@code location 3}, the readable value before and after (null where there was none). Never a customer's data.
 */
public record SetupChanged(String kind, String subject, String from, String to) {
}
