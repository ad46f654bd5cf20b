package app.recoverydesk.tenancy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Around every service call (a default interceptor, ejb-jar.xml): where the caller is limited to some locations,
 * switches on the {@link LocationScope} filter for the transaction, so every query of incidents and locations
 * in it sees only those.
 */
public class LocationScopeInterceptor {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantContext caller;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object scope(InvocationContext invocation) throws Exception {
        Set<Long> locations = restriction();
        if (locations != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            em.unwrap(Session.class).enableFilter(LocationScope.FILTER)
                    .setParameterList(LocationScope.PARAMETER, locations.isEmpty() ? List.of(-1L) : List.copyOf(locations));
        }
        return invocation.proceed();
    }

    private Set<Long> restriction() {
        try {
            return caller.visibleLocations().orElse(null);
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
