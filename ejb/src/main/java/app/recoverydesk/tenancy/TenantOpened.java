package app.recoverydesk.tenancy;

/**
 * Fired in the onboarding transaction once the tenant row exists: each part gives the new business its defaults
 * (categories, recovery options) in that transaction, so onboarding needs to know none of them.
 */
public record TenantOpened(Tenant tenant) {
}
