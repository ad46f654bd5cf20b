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

    @Override
    public Long resolveCurrentTenantIdentifier() {
        try {
            return CDI.current().select(TenantContext.class).get().tenantId().orElse(NO_TENANT);
        } catch (ContextNotActiveException | IllegalStateException e) {
            return NO_TENANT;
        }
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
