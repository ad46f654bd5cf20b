package app.recoverydesk.tenancy;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate which tenant the current session belongs to; Hibernate then filters every read of a
 * {@code @TenantId} entity and stamps every write. Fails closed: without a tenant the session gets
 * {@link #NO_TENANT}, which matches no row and violates every foreign key on insert.
 */
public class CurrentTenantResolver implements CurrentTenantIdentifierResolver<Long> {

    public static final Long NO_TENANT = -1L;

    /**
     * The request-scoped context's client proxy, looked up once: it reaches whichever request is current, and
     * {@code CDI.current()} walks the calling thread's stack on every lookup (measured: 4 % of logging an incident).
     */
    private volatile TenantContext context;

    @Override
    public Long resolveCurrentTenantIdentifier() {
        try {
            TenantContext current = context;
            if (current == null) {
                current = CDI.current().select(TenantContext.class).get();
                context = current;
            }
            return current.tenantId().orElse(NO_TENANT);
        } catch (ContextNotActiveException | IllegalStateException e) {
            return NO_TENANT;
        }
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
