package app.recoverydesk.tenancy;

import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.money.Money;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Currency;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Creates a tenant on both sides at once: the organization and its first administrator in the identity
 * provider, and the tenant row with its defaults here. If any step fails, what was made in the
 * identity provider is removed again and the database transaction rolls back: nothing half-made remains.
 */
@Stateless
public class TenantOnboarding {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private KeycloakAdmin identity;

    @Inject
    private Event<TenantOpened> opened;

    public Onboarded onboard(@NotNull @Valid NewTenant request) {
        Currency currency = currency(request.getCurrency());
        ZoneId zone = zone(request.getTimeZone());
        Deque<Runnable> undo = new ArrayDeque<>();
        try {
            String alias = alias(request.getName());
            String organizationId = identity.createOrganization(request.getName().strip(), alias);
            undo.push(() -> identity.deleteOrganization(organizationId));
            String password = TemporaryPasswords.next();
            String username = request.getAdminEmail().strip().toLowerCase(Locale.ROOT);
            String userId = identity.createUser(username, username, request.getAdminFirstName().strip(),
                    request.getAdminLastName().strip(), password, Locale.forLanguageTag(request.getLanguage()));
            undo.push(() -> identity.deleteUser(userId));
            identity.addMember(organizationId, userId);
            identity.grantRealmRoles(userId, Set.of("tenant-admin"));

            Tenant tenant = new Tenant(organizationId, request.getName().strip(), request.getBusinessType(),
                    request.getCountry(), currency, Locale.forLanguageTag(request.getLanguage()), zone);
            em.persist(tenant);
            em.flush();
            opened.fire(new TenantOpened(tenant));
            return new Onboarded(username, password);
        } catch (RuntimeException e) {
            undo.forEach(TenantOnboarding::quietly);
            throw e;
        }
    }

    private static void quietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException ignored) {
            // best effort: the original failure is what the operator needs to see
        }
    }

    static String alias(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String base = ascii.isEmpty() ? "tenant" : ascii.substring(0, Math.min(40, ascii.length()));
        return base + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static Currency currency(String code) {
        return Money.currencyOf(code).orElseThrow(() -> new InvalidInputException("currency", "tenant.currency.unknown"));
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "tenant.timeZone.unknown");
        }
    }
}
