package app.recoverydesk.recovery;

import app.recoverydesk.money.Money;
import app.recoverydesk.tenancy.IdList;
import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.Immutable;

/**
 * One version of an option's limits, in force from {@code effectiveFrom} until a later version takes over.
 * Versions are immutable: every recovery records the version it was judged against, so history never changes.
 */
@Entity
@Immutable
@Table(name = "recovery_policy")
@NamedQuery(name = "RecoveryPolicy.inForce", query = "select p from RecoveryPolicy p where p.optionId = :optionId "
        + "and p.effectiveFrom <= :at order by p.effectiveFrom desc, p.version desc")
@NamedQuery(name = "RecoveryPolicy.latestVersion",
        query = "select coalesce(max(p.version), 0) from RecoveryPolicy p where p.optionId = :optionId")
@NamedQuery(name = "RecoveryPolicy.byId", query = "select p from RecoveryPolicy p where p.id = :id")
public class RecoveryPolicy extends TenantOwned implements Serializable {

    /** The limits a manager sets; amounts in the tenant's currency, null where there is no limit. */
    public record Limits(Money perIncident, Long perDay, Set<String> roles, Set<Long> locationIds,
                         LocalDate activeFrom, LocalDate activeTo) {
    }


    @Column(name = "option_id", nullable = false)
    private Long optionId;

    @Column(nullable = false)
    private int version;

    @Column(name = "effective_from", nullable = false)
    private Instant effectiveFrom;

    @Column(name = "per_incident_minor")
    private Long perIncidentMinor;

    /** Minor units per staff member and day for monetary options, a number of grants otherwise. */
    @Column(name = "per_day_limit")
    private Long perDayLimit;

    @Column(nullable = false)
    private String currency;

    @Column(nullable = false)
    private String roles;

    @Column(name = "location_ids")
    private String locationIds;

    @Column(name = "active_from")
    private LocalDate activeFrom;

    @Column(name = "active_to")
    private LocalDate activeTo;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RecoveryPolicy() {
    }

    public RecoveryPolicy(RecoveryOption option, int version, Instant effectiveFrom, Currency currency, Limits limits,
                          String createdBy, Instant now) {
        this.optionId = option.getId();
        this.version = version;
        this.effectiveFrom = effectiveFrom;
        this.currency = currency.getCurrencyCode();
        this.perIncidentMinor = limits.perIncident() == null ? null : limits.perIncident().minorUnits();
        this.perDayLimit = limits.perDay();
        this.roles = String.join(",", limits.roles());
        this.locationIds = IdList.join(limits.locationIds());
        this.activeFrom = limits.activeFrom();
        this.activeTo = limits.activeTo();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Whether the option can be used at all on this day (its catalogue dates). */
    public boolean isActiveOn(LocalDate day) {
        return (activeFrom == null || !day.isBefore(activeFrom)) && (activeTo == null || !day.isAfter(activeTo));
    }

    /**
     * The limits a grant would exceed: {@code amount} for this incident (null for an option without monetary
     * value), by a caller with {@code callerRoles} at {@code locationId}, who already granted {@code grantedToday}
     * (minor units or number of grants) of this option today. Empty means within policy: granted at once.
     */
    public Set<Limit> exceededBy(Money amount, Set<String> callerRoles, long locationId, long grantedToday) {
        Set<Limit> exceeded = EnumSet.noneOf(Limit.class);
        if (getRoles().stream().noneMatch(callerRoles::contains)) {
            exceeded.add(Limit.ROLE);
        }
        if (locationIds != null && !getLocationIds().contains(locationId)) {
            exceeded.add(Limit.LOCATION);
        }
        long units = amount == null ? 1 : amount.minorUnits();
        if (isOverPerIncident(amount)) {
            exceeded.add(Limit.PER_INCIDENT);
        }
        // compared as what is left of the day's limit: the sum of a huge amount and today's total would wrap around
        if (perDayLimit != null && units > perDayLimit - grantedToday) {
            exceeded.add(Limit.PER_DAY);
        }
        return exceeded;
    }

    /** Above this version's per-incident limit (none: never). */
    public boolean isOverPerIncident(Money amount) {
        return amount != null && perIncidentMinor != null && amount.minorUnits() > perIncidentMinor;
    }

    public Long getOptionId() {
        return optionId;
    }

    public int getVersion() {
        return version;
    }

    public Instant getEffectiveFrom() {
        return effectiveFrom;
    }

    public Currency getCurrency() {
        return Currency.getInstance(currency);
    }

    public Money getPerIncident() {
        return perIncidentMinor == null ? null : Money.ofMinor(perIncidentMinor, getCurrency());
    }

    public Long getPerDayLimit() {
        return perDayLimit;
    }

    /** The per-day limit of a monetary option as money (it is kept in minor units, like every amount). */
    public Money perDayAmount() {
        return perDayLimit == null ? null : Money.ofMinor(perDayLimit, getCurrency());
    }

    public Set<String> getRoles() {
        return roles.isBlank() ? Set.of() : Set.of(roles.split(","));
    }

    /** The locations the option may be granted at; empty for every location. */
    public Set<Long> getLocationIds() {
        return IdList.split(locationIds);
    }

    public LocalDate getActiveFrom() {
        return activeFrom;
    }

    public LocalDate getActiveTo() {
        return activeTo;
    }
}
