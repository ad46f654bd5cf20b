package app.recoverydesk.recovery;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A manager's entry for a recovery option, or for new limits of an existing one (a new policy version, in force
 * from {@code effectiveFrom}, now when empty). Amounts are decimal strings in the tenant's currency.
 */
public class NewOption implements Serializable {

    @Size(max = 200)
    private String name;

    private Map<String, String> names = new HashMap<>();

    private OptionType type;

    private boolean monetary;

    @Pattern(regexp = "\\d{1,9}(\\.\\d{1,3})?")
    private String perIncident;

    /** Per staff member and day: an amount like perIncident for a monetary option, else a whole number of grants. */
    @Pattern(regexp = "\\d{1,9}(\\.\\d{1,3})?")
    private String perDay;

    @NotEmpty
    private Set<String> roles = new HashSet<>();

    private Set<Long> locationIds = new HashSet<>();

    private LocalDate activeFrom;

    private LocalDate activeTo;

    private Instant effectiveFrom;

    /** An option as it stands, to be changed: its names and the limits of {@code policy}, amounts as decimals. */
    public static NewOption of(RecoveryOption option, RecoveryPolicy policy) {
        NewOption entry = new NewOption();
        entry.setName(option.getName());
        entry.setNames(option.translations());
        entry.setType(option.getType());
        entry.setMonetary(option.isMonetary());
        entry.setPerIncident(policy.getPerIncident() == null ? null : policy.getPerIncident().decimal().toPlainString());
        if (policy.getPerDayLimit() != null) {
            entry.setPerDay(option.isMonetary() ? policy.perDayAmount().decimal().toPlainString()
                    : policy.getPerDayLimit().toString());
        }
        entry.setRoles(policy.getRoles());
        entry.setLocationIds(policy.getLocationIds());
        entry.setActiveFrom(policy.getActiveFrom());
        entry.setActiveTo(policy.getActiveTo());
        return entry;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Map<String, String> getNames() { return names; }
    public void setNames(Map<String, String> names) { this.names = names == null ? new HashMap<>() : new HashMap<>(names); }
    public OptionType getType() { return type; }
    public void setType(OptionType type) { this.type = type; }
    public boolean isMonetary() { return monetary; }
    public void setMonetary(boolean monetary) { this.monetary = monetary; }
    public String getPerIncident() { return perIncident; }
    public void setPerIncident(String perIncident) { this.perIncident = perIncident; }
    public String getPerDay() { return perDay; }
    public void setPerDay(String perDay) { this.perDay = perDay; }
    public Set<String> getRoles() { return roles; }
    public void setRoles(Set<String> roles) { this.roles = roles == null ? new HashSet<>() : new HashSet<>(roles); }
    public Set<Long> getLocationIds() { return locationIds; }
    public void setLocationIds(Set<Long> ids) { this.locationIds = ids == null ? new HashSet<>() : new HashSet<>(ids); }
    public LocalDate getActiveFrom() { return activeFrom; }
    public void setActiveFrom(LocalDate activeFrom) { this.activeFrom = activeFrom; }
    public LocalDate getActiveTo() { return activeTo; }
    public void setActiveTo(LocalDate activeTo) { this.activeTo = activeTo; }
    public Instant getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(Instant effectiveFrom) { this.effectiveFrom = effectiveFrom; }
}
