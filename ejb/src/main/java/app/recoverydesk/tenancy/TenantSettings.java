package app.recoverydesk.tenancy;

import app.recoverydesk.failure.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;

/**
 * The caller's tenant's own settings: business type, currency, language, time zone, and whether frontline
 * staff see only the incidents of their locations.
 */
@Stateless
public class TenantSettings {

    private static final Set<String> LANGUAGES = Set.of("nb", "en", "pl", "hr", "ru");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantDirectory directory;

    @Inject
    private TenantContext caller;

    public Tenant current() {
        return caller.tenantId().map(id -> em.find(Tenant.class, id))
                .orElseThrow(() -> new IllegalStateException("No tenant in this request"));
    }

    /** How long managers have for an exception request before it escalates (0 to 10080 minutes). */
    public Tenant setApprovalTarget(int minutes) {
        Tenant tenant = current();
        try {
            tenant.setApprovalTargetMinutes(minutes);
            directory.evict(tenant);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("approvalTargetMinutes", "tenant.approvalTarget.range");
        }
        return tenant;
    }

    public Tenant configure(@NotNull BusinessType type, @NotNull String currency, @NotNull String language,
                            @NotNull String timeZone, boolean restrictToLocations) {
        if (!LANGUAGES.contains(language)) {
            throw new InvalidInputException("language", "tenant.language.unknown");
        }
        Currency money;
        ZoneId zone;
        try {
            money = Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", "tenant.currency.unknown");
        }
        try {
            zone = ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "tenant.timeZone.unknown");
        }
        Tenant tenant = current();
        tenant.configure(type, money, Locale.forLanguageTag(language), zone);
        tenant.restrictToLocations(restrictToLocations);
        directory.evict(tenant);
        return tenant;
    }
}
