package app.recoverydesk.tenancy;

public enum TenantStatus {
    ACTIVE, SUSPENDED
}
