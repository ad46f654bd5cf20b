package app.recoverydesk.recovery;

import app.recoverydesk.i18n.Translations;
import app.recoverydesk.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** A pre-approved remedy in a tenant's catalogue. Its limits live in dated {@link RecoveryPolicy} versions. */
@Entity
@Table(name = "recovery_option")
@NamedQuery(name = "RecoveryOption.all", query = "select o from RecoveryOption o order by o.id")
@NamedQuery(name = "RecoveryOption.byId", query = "select o from RecoveryOption o where o.id = :id")
public class RecoveryOption extends TenantOwned implements Serializable {

    /** Column widths (V4): the name, and the JSON of its translations. */
    public static final int MAX_NAME = 200;
    public static final int MAX_NAMES = 2000;



    @Column(nullable = false)
    private String name;

    /** Translations of the name as a JSON object {"nb": "...", "pl": "..."}. */
    private String names;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OptionType type;

    @Column(nullable = false)
    private boolean monetary;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected RecoveryOption() {
    }

    public RecoveryOption(String name, Map<String, String> translations, OptionType type, boolean monetary, Instant now) {
        this.name = name;
        this.names = Translations.toJson(translations);
        this.type = type;
        this.monetary = monetary;
        this.createdAt = now;
    }

    /** The name in the given language where the tenant translated it, else the name as entered. */
    public String nameIn(Locale locale) {
        return Translations.in(names, locale, name);
    }

    /** A manager's new name and translations; answers whether anything changed. */
    public boolean rename(String name, Map<String, String> translations) {
        String json = Translations.toJson(translations);
        boolean changed = !name.equals(this.name) || !json.equals(names == null ? "{}" : names);
        this.name = name;
        this.names = json;
        return changed;
    }

    /** The translations of the name by language. */
    public Map<String, String> translations() {
        return Translations.fromJson(names);
    }

    public String getName() {
        return name;
    }

    public OptionType getType() {
        return type;
    }

    public boolean isMonetary() {
        return monetary;
    }
}
