package app.recoverydesk.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CurrentTenantTest {

    private final Tenant known = new Tenant();
    private final TenantContext context = new TenantContext();
    private final CurrentTenant current = new CurrentTenant(entityManagerKnowing(Map.of(7L, known)), context);

    @Test
    void answersTheTenantTheContextNames() {
        assertSame(known, context.runAs(7, current::get));
    }

    @Test
    void failsWithoutATenantInTheRequest() {
        assertEquals("No tenant in this request", assertThrows(IllegalStateException.class, current::get).getMessage());
    }

    @Test
    void failsForATenantThatIsGone() {
        assertThrows(IllegalStateException.class, () -> context.runAs(8, current::get));
    }

    /** Answers {@code find(Tenant.class, id)} from the map; nothing else is expected of it. */
    private static EntityManager entityManagerKnowing(Map<Long, Tenant> tenants) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(), new Class<?>[]{EntityManager.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("find") && args.length == 2 && args[0] == Tenant.class) {
                        return tenants.get((Long) args[1]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
