package app.recoverydesk.web.operator;

import app.recoverydesk.tenancy.BusinessType;
import app.recoverydesk.tenancy.NewTenant;
import app.recoverydesk.tenancy.Onboarded;
import app.recoverydesk.tenancy.TenantAdministration;
import app.recoverydesk.tenancy.TenantOnboarding;
import app.recoverydesk.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The platform operator's page: tenants with their usage, a form to create one, suspension. */
@Named
@ViewScoped
public class OperatorTenants implements Serializable {

    @Inject
    private TenantOnboarding onboarding;

    @Inject
    private TenantAdministration administration;

    private NewTenant request = blank();
    private Onboarded created;
    private List<TenantAdministration.TenantUsage> tenants;

    @PostConstruct
    void load() {
        tenants = administration.usage();
    }

    private static NewTenant blank() {
        NewTenant t = new NewTenant();
        t.setBusinessType(BusinessType.RESTAURANT);
        t.setCountry("NO");
        t.setCurrency("NOK");
        t.setLanguage("nb");
        t.setTimeZone("Europe/Oslo");
        return t;
    }

    public void create() {
        created = onboarding.onboard(request);
        request = blank();
        Messages.info("operator.tenant.created");
        load();
    }

    public void suspend(long tenantId) {
        administration.suspend(tenantId);
        load();
    }

    public void reactivate(long tenantId) {
        administration.reactivate(tenantId);
        load();
    }

    /** What suspending the business does, in words: the confirmation's text. */
    public String suspendConsequence(TenantAdministration.TenantUsage usage) {
        return java.text.MessageFormat.format(Messages.text("operator.suspend.confirm"), Math.max(usage.users(), 0),
                usage.tenant().getName());
    }

    /** What reactivating it does, in words. */
    public String reactivateConsequence(TenantAdministration.TenantUsage usage) {
        return java.text.MessageFormat.format(Messages.text("operator.reactivate.confirm"), Math.max(usage.users(), 0),
                usage.tenant().getName());
    }

    public NewTenant getRequest() {
        return request;
    }

    public Onboarded getCreated() {
        return created;
    }

    public List<TenantAdministration.TenantUsage> getTenants() {
        return tenants;
    }

    public BusinessType[] getBusinessTypes() {
        return BusinessType.values();
    }
}
