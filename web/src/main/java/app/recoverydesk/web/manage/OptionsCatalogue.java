package app.recoverydesk.web.manage;

import app.recoverydesk.recovery.NewOption;
import app.recoverydesk.recovery.RecoveryCatalogue;
import app.recoverydesk.security.Roles;
import app.recoverydesk.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The managers' catalogue page: options with the limits in force; new limits become a new policy version. */
@Named
@ViewScoped
public class OptionsCatalogue implements Serializable {

    @Inject
    private RecoveryCatalogue catalogue;

    private List<RecoveryCatalogue.Entry> entries;
    private Long optionId;
    private final NewOption limits = new NewOption();

    @PostConstruct
    void load() {
        entries = catalogue.entries();
    }

    public void changeLimits() {
        catalogue.changeLimits(optionId, limits);
        Messages.info("options.changed");
        load();
    }

    public List<String> getRoleChoices() {
        return Roles.CASE_ROLES.stream().sorted().toList();
    }

    public List<RecoveryCatalogue.Entry> getEntries() { return entries; }
    public Long getOptionId() { return optionId; }
    public void setOptionId(Long optionId) { this.optionId = optionId; }
    public NewOption getLimits() { return limits; }
}
