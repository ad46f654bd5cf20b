package app.recoverydesk.recovery;

import app.recoverydesk.audit.AuditLog;
import app.recoverydesk.money.Money;
import app.recoverydesk.security.Roles;
import app.recoverydesk.tenancy.StaffLocations;
import app.recoverydesk.tenancy.Tenant;
import app.recoverydesk.tenancy.CurrentTenant;
import app.recoverydesk.tenancy.TenantContext;
import app.recoverydesk.failure.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A tenant's catalogue of recovery options and their policy versions, kept by managers. */
@Stateless
public class RecoveryCatalogue {

    /** An option with the policy version in force now. */
    public record Entry(RecoveryOption option, RecoveryPolicy policy) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TenantContext caller;

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private StaffLocations staffLocations;

    @Inject
    private Clock clock;

    @Inject
    private AuditLog audit;

    public List<Entry> entries() {
        Instant now = clock.instant();
        return em.createNamedQuery("RecoveryOption.all", RecoveryOption.class).getResultStream()
                .flatMap(o -> policyInForce(o.getId(), now).map(p -> new Entry(o, p)).stream())
                .toList();
    }

    public Optional<RecoveryOption> option(long id) {
        return em.createNamedQuery("RecoveryOption.byId", RecoveryOption.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    /** The version in force at {@code at}: the latest that took effect by then. */
    public Optional<RecoveryPolicy> policyInForce(long optionId, Instant at) {
        return em.createNamedQuery("RecoveryPolicy.inForce", RecoveryPolicy.class).setParameter("optionId", optionId)
                .setParameter("at", at).setMaxResults(1).getResultStream().findFirst();
    }

    public Entry create(@NotNull @Valid NewOption request) {
        if (request.getName() == null || request.getName().isBlank()) {
            throw new InvalidInputException("name", "recovery.option.name.required");
        }
        if (request.getType() == null) {
            throw new InvalidInputException("type", "param.enum");
        }
        checkNames(request.getNames());
        Instant now = clock.instant();
        RecoveryOption option = new RecoveryOption(request.getName().strip(), request.getNames(), request.getType(),
                request.isMonetary(), now);
        em.persist(option);
        em.flush();
        RecoveryPolicy policy = newVersion(option, request, now);
        audit.record("option.created", "recovery option " + option.getId(), null, option.getName() + " ("
                + option.getType() + (option.isMonetary() ? ", monetary" : "") + "); " + describe(option, policy));
        return new Entry(option, policy);
    }

    /** New limits for an option: a new version; the versions before stay as they were. */
    public Entry changeLimits(long optionId, @NotNull @Valid NewOption limits) {
        checkNames(limits.getNames()); // not used for new limits, but never accepted past their width either
        RecoveryOption option = option(optionId).orElseThrow(() -> new RecoveryNotFoundException());
        Instant now = clock.instant();
        RecoveryPolicy before = em.createQuery("select p from RecoveryPolicy p where p.optionId = :optionId"
                        + " order by p.version desc", RecoveryPolicy.class)
                .setParameter("optionId", option.getId()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        String was = before == null ? null : describe(option, before);
        RecoveryPolicy policy = newVersion(option, limits, now);
        boolean ended = policy.getActiveTo() != null && (before == null || before.getActiveTo() == null);
        audit.record(ended ? "option.deactivated" : "option.limits-changed", "recovery option " + option.getId(),
                was, describe(option, policy));
        return new Entry(option, policy);
    }

    /**
     * A manager's edit on the catalogue page: the option's names where they changed and its limits as a new version,
     * together or not at all. Its kind and whether it has a money value stay: earlier versions are judged by them.
     */
    public Entry edit(long optionId, @NotNull @Valid NewOption change) {
        RecoveryOption option = option(optionId).orElseThrow(() -> new RecoveryNotFoundException());
        if (change.getName() == null || change.getName().isBlank()) {
            throw new InvalidInputException("name", "recovery.option.name.required");
        }
        checkNames(change.getNames());
        String was = option.getName() + " " + option.translations();
        if (option.rename(change.getName().strip(), change.getNames())) {
            audit.record("option.renamed", "recovery option " + option.getId(), was,
                    option.getName() + " " + option.translations());
        }
        return changeLimits(optionId, change);
    }

    /**
     * Takes an option out of use from today, the business's day (a new version whose last day was yesterday), or puts
     * it back into use; every other limit stays as it is.
     */
    public Entry setInUse(long optionId, boolean inUse) {
        RecoveryOption option = option(optionId).orElseThrow(() -> new RecoveryNotFoundException());
        RecoveryPolicy current = policyInForce(optionId, clock.instant()).orElseThrow(() -> new RecoveryNotFoundException());
        NewOption limits = NewOption.of(option, current);
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(currentTenant.get().getTimeZone()));
        limits.setActiveTo(inUse ? null : today.minusDays(1));
        if (inUse && limits.getActiveFrom() != null && limits.getActiveFrom().isAfter(today)) {
            limits.setActiveFrom(null);
        }
        return changeLimits(optionId, limits);
    }

    /** A policy version as the audit log shows it: every limit, in the tenant's currency. */
    private static String describe(RecoveryOption option, RecoveryPolicy p) {
        StringBuilder text = new StringBuilder("version ").append(p.getVersion()).append(" from ").append(p.getEffectiveFrom())
                .append(": per incident ").append(p.getPerIncident() == null ? "no limit" : p.getPerIncident().toString())
                .append(", per day ").append(p.getPerDayLimit() == null ? "no limit"
                        : option.isMonetary() ? p.perDayAmount().toString() : p.getPerDayLimit() + " grants")
                .append(", roles ").append(String.join(", ", new java.util.TreeSet<>(p.getRoles())))
                .append(", locations ").append(p.getLocationIds().isEmpty() ? "all"
                        : new java.util.TreeSet<>(p.getLocationIds()).toString());
        if (p.getActiveFrom() != null || p.getActiveTo() != null) {
            text.append(", in use ").append(p.getActiveFrom() == null ? "" : p.getActiveFrom()).append(" – ")
                    .append(p.getActiveTo() == null ? "" : p.getActiveTo());
        }
        return text.toString();
    }

    private RecoveryPolicy newVersion(RecoveryOption option, NewOption limits, Instant now) {
        if (!Roles.CASE_ROLES.containsAll(limits.getRoles())) {
            throw new InvalidInputException("roles", "staff.roles.unknown");
        }
        staffLocations.requireKnown(limits.getLocationIds());
        Tenant tenant = currentTenant.get();
        var invalid = new InvalidInputException.Collector();
        Money perIncident = option.isMonetary() ? amount("perIncident", limits.getPerIncident(), tenant, invalid) : null;
        Money perDayAmount = option.isMonetary() ? amount("perDay", limits.getPerDay(), tenant, invalid) : null;
        if (perDayAmount != null && perDayAmount.minorUnits() == 0) {
            invalid.add("perDay", "recovery.limit.positive");
        }
        Long perDay = perDayAmount != null ? Long.valueOf(perDayAmount.minorUnits()) : null;
        if (!option.isMonetary() && limits.getPerDay() != null) {
            perDay = grants(limits.getPerDay(), invalid);
        }
        invalid.throwIfAny();
        int version = em.createNamedQuery("RecoveryPolicy.latestVersion", Integer.class)
                .setParameter("optionId", option.getId()).getSingleResult() + 1;
        Instant effective = limits.getEffectiveFrom() == null ? now : limits.getEffectiveFrom();
        RecoveryPolicy policy = new RecoveryPolicy(option, version, effective, tenant.getCurrency(),
                new RecoveryPolicy.Limits(perIncident, perDay, limits.getRoles(), limits.getLocationIds(),
                        limits.getActiveFrom(), limits.getActiveTo()), caller.username(), now);
        em.persist(policy);
        return policy;
    }

    /** An amount in the tenant's currency, or null when not given; a wrong one is noted for the field. */
    private static Money amount(String field, String decimal, Tenant tenant, InvalidInputException.Collector invalid) {
        if (decimal == null || decimal.isBlank()) {
            return null;
        }
        try {
            return Money.parse(decimal, tenant.getCurrency());
        } catch (ArithmeticException | NumberFormatException e) {
            invalid.add(field, "recovery.amount.invalid");
            return null;
        }
    }

    /** A number of grants per day: a whole number above zero. */
    private static Long grants(String count, InvalidInputException.Collector invalid) {
        try {
            long grants = new java.math.BigDecimal(count.strip()).longValueExact();
            if (grants > 0) {
                return grants;
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // noted below
        }
        invalid.add("perDay", "recovery.limit.grants");
        return null;
    }

    /** Each translated name fits the name's own width, and all of them the names column (V4). */
    private static void checkNames(java.util.Map<String, String> names) {
        app.recoverydesk.i18n.Translations.requireFit("names", names, RecoveryOption.MAX_NAME,
                json -> json.codePointCount(0, json.length()) <= RecoveryOption.MAX_NAMES);
    }
}
