package app.recoverydesk.web.manage;

import app.recoverydesk.recovery.NewOption;
import app.recoverydesk.recovery.OptionType;
import app.recoverydesk.recovery.RecoveryCatalogue;
import app.recoverydesk.security.Roles;
import app.recoverydesk.tenancy.Location;
import app.recoverydesk.tenancy.Locations;
import app.recoverydesk.web.i18n.LimitTexts;
import app.recoverydesk.web.i18n.LocaleSelector;
import app.recoverydesk.web.i18n.Messages;
import app.recoverydesk.web.security.CurrentCaller;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The managers' catalogue page: options with their limits in force in words; a new option, or an edit of one (its
 * names and new limits, a new policy version), in the form below; taking one out of use and back.
 */
@Named
@ViewScoped
public class OptionsCatalogue implements Serializable {

    @Inject
    private RecoveryCatalogue catalogue;

    @Inject
    private Locations locations;

    @Inject
    private LocaleSelector locale;

    @Inject
    private CurrentCaller caller;

    private List<RecoveryCatalogue.Entry> entries;
    private Map<Long, String> placeNames;
    private List<Location> places;
    private Long editing;
    private NewOption limits = new NewOption();

    @PostConstruct
    void load() {
        entries = catalogue.entries();
        places = locations.active();
        placeNames = locations.all().stream().collect(Collectors.toMap(Location::getId, Location::getName));
    }

    public void edit(long optionId) {
        entries.stream().filter(e -> e.option().getId() == optionId).findFirst().ifPresent(e -> {
            editing = optionId;
            limits = NewOption.of(e.option(), e.policy());
        });
    }

    public void cancel() {
        editing = null;
        limits = new NewOption();
    }

    /** A new option starts afresh in the form; an edited one stays in it as saved. */
    public void save() {
        if (editing == null) {
            catalogue.create(limits);
            Messages.info("options.created");
            limits = new NewOption();
        } else {
            catalogue.edit(editing, limits);
            Messages.info("options.changed");
        }
        load();
    }

    public void setInUse(long optionId, boolean inUse) {
        catalogue.setInUse(optionId, inUse);
        Messages.info(inUse ? "options.reactivated" : "options.deactivated");
        if (Long.valueOf(optionId).equals(editing)) {
            edit(optionId);
        }
        load();
    }

    public boolean inUse(RecoveryCatalogue.Entry entry) {
        return entry.policy().isActiveOn(LocalDate.now(caller.timeZone()));
    }

    public String rule(RecoveryCatalogue.Entry entry) {
        return LimitTexts.rule(entry.policy(), entry.option().isMonetary(), locale.getLocale());
    }

    /** Where the option may be granted: the named locations, or all of them. */
    public String places(RecoveryCatalogue.Entry entry) {
        var ids = entry.policy().getLocationIds();
        return ids.isEmpty() ? Messages.text("options.locations.all")
                : ids.stream().map(id -> placeNames.getOrDefault(id, "#" + id)).sorted().collect(Collectors.joining(", "));
    }

    /** The languages an option's name can be translated into, besides the name as entered. */
    public List<String> getLanguages() {
        return LocaleSelector.SUPPORTED.stream().map(Locale::getLanguage).filter(l -> !l.equals("en")).toList();
    }

    /** "Name in Polish", the language named in the page's language. */
    public String nameLabel(String language) {
        return MessageFormat.format(Messages.text("options.nameIn"),
                Locale.forLanguageTag(language).getDisplayLanguage(locale.getLocale()));
    }

    public String getMonetaryLabel() {
        return MessageFormat.format(Messages.text("options.monetary"), caller.getTenant().getCurrency().getCurrencyCode());
    }

    public List<String> getRoleChoices() {
        return Roles.CASE_ROLES.stream().sorted().toList();
    }

    public OptionType[] getTypes() {
        return OptionType.values();
    }

    public List<RecoveryCatalogue.Entry> getEntries() { return entries; }
    public List<Location> getPlaces() { return places; }
    public Long getEditing() { return editing; }
    public NewOption getLimits() { return limits; }
}
