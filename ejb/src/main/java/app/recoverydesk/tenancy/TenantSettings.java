package app.recoverydesk.tenancy;

import app.recoverydesk.audit.change.AuditedChange;
import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.failure.Message;
import app.recoverydesk.i18n.Translations;
import app.recoverydesk.money.Money;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The caller's tenant's own settings: business type, currency, language, time zone, and whether frontline
 * staff see only the incidents of their locations.
 */
@Stateless
public class TenantSettings {

    @Inject
    private TenantDirectory directory;

    @Inject
    private CurrentTenant currentTenant;

    @Inject
    private Event<AuditedChange> audit;

    public Tenant current() {
        return currentTenant.get();
    }

    /** How long managers have for an exception request before it escalates (0 to 10080 minutes). */
    public Tenant setApprovalTarget(int minutes) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        checkApprovalTarget(minutes, errors);
        errors.throwIfAny();
        Tenant tenant = current();
        Map<String, String> before = settingsOf(tenant);
        tenant.setApprovalTargetMinutes(minutes);
        recordChanges(before, tenant);
        directory.evict(tenant);
        return tenant;
    }

    public Tenant configure(@NotNull BusinessType type, @NotNull String currency, @NotNull String language,
                            @NotNull String timeZone, boolean restrictToLocations) {
        return configure(type, currency, language, timeZone, restrictToLocations, null);
    }

    /**
     * Every setting at once, all or nothing: each field is checked first (every invalid one named), and only
     * then is anything changed. A null approval target keeps the current one.
     */
    public Tenant configure(BusinessType type, String currency, String language, String timeZone,
                            boolean restrictToLocations, Integer approvalTargetMinutes) {
        return configure(type, currency, language, timeZone, restrictToLocations, approvalTargetMinutes,
                new MailChoice(null, null, null, null, null));
    }

    /** Which mails the business sends; a null keeps that setting as it is. */
    public record MailChoice(Integer feedbackReminderDays, Boolean exceptionToManagers, Boolean exceptionToExecutives,
                             Boolean overdueToOwner, Boolean overdueToManagers) {
    }

    /** Every setting at once, mail included, all or nothing (see above). */
    public Tenant configure(BusinessType type, String currency, String language, String timeZone,
                            boolean restrictToLocations, Integer approvalTargetMinutes, MailChoice mail) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        checkReminderDays(mail.feedbackReminderDays(), errors);
        if (type == null) {
            errors.add("businessType", "param.enum");
        }
        if (language == null || !Translations.LANGUAGES.contains(language.strip())) {
            errors.add("language", "tenant.language.unknown");
        }
        Currency money = Money.currencyOf(currency).orElse(null);
        if (money == null) {
            errors.add("currency", "tenant.currency.unknown");
        }
        ZoneId zone = null;
        try {
            zone = timeZone == null || timeZone.isBlank() ? null : ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            zone = null;
        }
        if (zone == null) {
            errors.add("timeZone", "tenant.timeZone.unknown");
        }
        if (approvalTargetMinutes != null) {
            checkApprovalTarget(approvalTargetMinutes, errors);
        }
        errors.throwIfAny();
        Tenant tenant = current();
        Map<String, String> before = settingsOf(tenant);
        tenant.configure(type, money, Locale.forLanguageTag(language.strip()), zone);
        tenant.restrictToLocations(restrictToLocations);
        if (approvalTargetMinutes != null) {
            tenant.setApprovalTargetMinutes(approvalTargetMinutes);
        }
        apply(tenant, mail);
        recordChanges(before, tenant);
        directory.evict(tenant);
        return tenant;
    }

    /**
     * Every setting at once, mail and the retention of customers' personal data included ({@code retentionMonths}:
     * 0 keeps them until erased, else 6 to 120 months after the customer's last case closed; null keeps it), all or
     * nothing: every invalid field is named together, and nothing is changed unless all are valid.
     */
    public Tenant configure(BusinessType type, String currency, String language, String timeZone,
                            boolean restrictToLocations, Integer approvalTargetMinutes, MailChoice mail,
                            Integer retentionMonths) {
        Map<String, Message> invalid = new LinkedHashMap<>();
        Tenant tenant = null;
        try {
            tenant = configure(type, currency, language, timeZone, restrictToLocations, approvalTargetMinutes, mail);
        } catch (InvalidInputException e) {
            invalid.putAll(e.fields());
        }
        if (retentionMonths != null && !Tenant.isRetention(retentionMonths)) {
            invalid.put("retentionMonths", Message.of("tenant.retention.range", Tenant.MIN_RETENTION_MONTHS,
                    Tenant.MAX_RETENTION_MONTHS));
        }
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid); // rolls back whatever the settings above changed
        }
        if (retentionMonths != null && retentionMonths != tenant.getRetentionMonths()) {
            audit.fire(AuditedChange.of("settings.changed", "setting retentionMonths",
                    String.valueOf(tenant.getRetentionMonths()), String.valueOf(retentionMonths)));
            tenant.setRetentionMonths(retentionMonths);
        }
        return tenant;
    }

    /** Only which mails the business sends (the settings page's mail part); every invalid value named first. */
    public Tenant configureMail(MailChoice mail) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        checkReminderDays(mail.feedbackReminderDays(), errors);
        errors.throwIfAny();
        Tenant tenant = current();
        Map<String, String> before = settingsOf(tenant);
        apply(tenant, mail);
        recordChanges(before, tenant);
        directory.evict(tenant);
        return tenant;
    }

    /** Every setting as the audit log shows it, by the name the API gives it. */
    private static Map<String, String> settingsOf(Tenant t) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("businessType", String.valueOf(t.getBusinessType()));
        settings.put("currency", t.getCurrency() == null ? null : t.getCurrency().getCurrencyCode());
        settings.put("language", t.getDefaultLanguage() == null ? null : t.getDefaultLanguage().toLanguageTag());
        settings.put("timeZone", t.getTimeZone() == null ? null : t.getTimeZone().getId());
        settings.put("restrictToLocations", String.valueOf(t.isRestrictToLocations()));
        settings.put("approvalTargetMinutes", String.valueOf(t.getApprovalTargetMinutes()));
        settings.put("feedbackReminderDays", String.valueOf(t.getFeedbackReminderDays()));
        settings.put("mailExceptionRequestToManagers", String.valueOf(t.isMailExceptionToManagers()));
        settings.put("mailExceptionRequestToExecutives", String.valueOf(t.isMailExceptionToExecutives()));
        settings.put("mailOverduePromiseToOwner", String.valueOf(t.isMailOverdueToOwner()));
        settings.put("mailOverduePromiseToManagers", String.valueOf(t.isMailOverdueToManagers()));
        return settings;
    }

    /** One audit entry per setting that changed, from the old value to the new; none for the others. */
    private void recordChanges(Map<String, String> before, Tenant tenant) {
        settingsOf(tenant).forEach((name, now) -> {
            String was = before.get(name);
            if (!Objects.equals(was, now)) {
                audit.fire(AuditedChange.of("settings.changed", "setting " + name, was, now));
            }
        });
    }

    private static void apply(Tenant tenant, MailChoice mail) {
        tenant.configureMail(mail.feedbackReminderDays() != null ? mail.feedbackReminderDays() : tenant.getFeedbackReminderDays(),
                mail.exceptionToManagers() != null ? mail.exceptionToManagers() : tenant.isMailExceptionToManagers(),
                mail.exceptionToExecutives() != null ? mail.exceptionToExecutives() : tenant.isMailExceptionToExecutives(),
                mail.overdueToOwner() != null ? mail.overdueToOwner() : tenant.isMailOverdueToOwner(),
                mail.overdueToManagers() != null ? mail.overdueToManagers() : tenant.isMailOverdueToManagers());
    }

    private static void checkReminderDays(Integer days, InvalidInputException.Collector errors) {
        if (days != null && (days < 0 || days > Tenant.MAX_FEEDBACK_REMINDER_DAYS)) {
            errors.add("feedbackReminderDays", "number.range", 0, Tenant.MAX_FEEDBACK_REMINDER_DAYS);
        }
    }

    private static void checkApprovalTarget(int minutes, InvalidInputException.Collector errors) {
        if (minutes < Tenant.MIN_APPROVAL_TARGET_MINUTES || minutes > Tenant.MAX_APPROVAL_TARGET_MINUTES) {
            errors.add("approvalTargetMinutes", "tenant.approvalTarget.range");
        }
    }
}
