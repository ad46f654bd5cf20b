package app.recoverydesk.web.admin;

import app.recoverydesk.privacy.Retention;
import app.recoverydesk.tenancy.BusinessType;
import app.recoverydesk.tenancy.Tenant;
import app.recoverydesk.tenancy.TenantSettings;
import app.recoverydesk.web.i18n.Formats;
import app.recoverydesk.web.i18n.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;

/** The tenant admin's settings page. */
@Named
@ViewScoped
public class AdminSettings implements Serializable {

    @Inject
    private TenantSettings settings;

    @Inject
    private Retention retention;

    @Inject
    private Formats formats;

    private BusinessType businessType;
    private String currency;
    private String language;
    private String timeZone;
    private boolean restrictToLocations;
    private int feedbackReminderDays;
    private boolean mailExceptionToManagers;
    private boolean mailExceptionToExecutives;
    private boolean mailOverdueToOwner;
    private boolean mailOverdueToManagers;
    private int retentionMonths;

    @PostConstruct
    void load() {
        Tenant t = settings.current();
        businessType = t.getBusinessType();
        currency = t.getCurrency().getCurrencyCode();
        language = t.getDefaultLanguage().toLanguageTag();
        timeZone = t.getTimeZone().getId();
        restrictToLocations = t.isRestrictToLocations();
        feedbackReminderDays = t.getFeedbackReminderDays();
        mailExceptionToManagers = t.isMailExceptionToManagers();
        mailExceptionToExecutives = t.isMailExceptionToExecutives();
        mailOverdueToOwner = t.isMailOverdueToOwner();
        mailOverdueToManagers = t.isMailOverdueToManagers();
        retentionMonths = t.getRetentionMonths();
    }

    public void save() {
        settings.configure(businessType, currency, language, timeZone, restrictToLocations, null,
                new TenantSettings.MailChoice(feedbackReminderDays, mailExceptionToManagers, mailExceptionToExecutives,
                        mailOverdueToOwner, mailOverdueToManagers), retentionMonths);
        Messages.info("admin.settings.saved");
    }

    /** The retention job's last run for the business, in words. */
    public String getRetentionRun() {
        if (settings.current().getRetentionMonths() == 0) {
            return Messages.text("privacy.retention.off");
        }
        return retention.lastRun().map(run -> new MessageFormat(Messages.text("privacy.retention.lastRun"),
                        FacesContext.getCurrentInstance().getViewRoot().getLocale())
                        .format(new Object[] {formats.dateTime(run.at()), run.anonymised()}))
                .orElseGet(() -> Messages.text("privacy.retention.never"));
    }

    public int getRetentionMonths() { return retentionMonths; }
    public void setRetentionMonths(int months) { this.retentionMonths = months; }

    public BusinessType[] getBusinessTypes() {
        return BusinessType.values();
    }

    public BusinessType getBusinessType() { return businessType; }
    public void setBusinessType(BusinessType businessType) { this.businessType = businessType; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getTimeZone() { return timeZone; }
    public boolean isRestrictToLocations() { return restrictToLocations; }
    public void setRestrictToLocations(boolean restrict) { this.restrictToLocations = restrict; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public int getFeedbackReminderDays() { return feedbackReminderDays; }
    public void setFeedbackReminderDays(int days) { this.feedbackReminderDays = days; }
    public boolean isMailExceptionToManagers() { return mailExceptionToManagers; }
    public void setMailExceptionToManagers(boolean on) { this.mailExceptionToManagers = on; }
    public boolean isMailExceptionToExecutives() { return mailExceptionToExecutives; }
    public void setMailExceptionToExecutives(boolean on) { this.mailExceptionToExecutives = on; }
    public boolean isMailOverdueToOwner() { return mailOverdueToOwner; }
    public void setMailOverdueToOwner(boolean on) { this.mailOverdueToOwner = on; }
    public boolean isMailOverdueToManagers() { return mailOverdueToManagers; }
    public void setMailOverdueToManagers(boolean on) { this.mailOverdueToManagers = on; }
}
