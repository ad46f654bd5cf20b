package app.recoverydesk.audit.change;

/**
 * A change for the audit log, fired as a CDI event by services in packages the audit log itself depends on (the
 * tenancy services), so that they need not call it: {@code AuditLog} observes it and records the entry in the same
 * transaction, synchronously, before the service goes on. Depends on nothing, so any package may fire it.
 *
 * @param tenantId null for the caller's own business; a business's id when the platform's operator changes it
 */
public record AuditedChange(Long tenantId, String kind, String subject, String from, String to) {

    /** A change of the caller's own business. */
    public static AuditedChange of(String kind, String subject, String from, String to) {
        return new AuditedChange(null, kind, subject, from, to);
    }

    /** A change of {@code tenantId} by someone outside it (the platform's operator). */
    public static AuditedChange forTenant(long tenantId, String kind, String subject, String from, String to) {
        return new AuditedChange(tenantId, kind, subject, from, to);
    }
}
