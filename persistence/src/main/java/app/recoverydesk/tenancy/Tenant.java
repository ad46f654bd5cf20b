package app.recoverydesk.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/**
 * One business using Recovery Desk, known to the identity provider as an organization. Not itself
 * tenant-scoped: it is the thing the tenant filter points at.
 */
@Entity
@Table(name = "tenant")
@NamedQuery(name = "Tenant.byOrganization", query = "select t from Tenant t where t.organizationId = :organizationId")
@NamedQuery(name = "Tenant.all", query = "select t from Tenant t order by t.name")
public class Tenant implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, unique = true, updatable = false)
    private String organizationId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "business_type", nullable = false)
    private BusinessType businessType;

    @Column(nullable = false)
    private String country;

    @Column(nullable = false)
    private String currency;

    @Column(name = "default_language", nullable = false)
    private String defaultLanguage;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "restrict_to_locations", nullable = false)
    private boolean restrictToLocations;

    @Column(name = "approval_target_minutes", nullable = false)
    private int approvalTargetMinutes = 15;

    @Column(name = "feedback_reminder_days", nullable = false)
    private int feedbackReminderDays = 3;

    @Column(name = "mail_exception_managers", nullable = false)
    private boolean mailExceptionToManagers = true;

    @Column(name = "mail_exception_executives", nullable = false)
    private boolean mailExceptionToExecutives;

    @Column(name = "mail_overdue_owner", nullable = false)
    private boolean mailOverdueToOwner = true;

    @Column(name = "mail_overdue_managers", nullable = false)
    private boolean mailOverdueToManagers = true;

    @Column(name = "retention_months", nullable = false)
    private int retentionMonths = DEFAULT_RETENTION_MONTHS;

    protected Tenant() {
    }

    public Tenant(String organizationId, String name, BusinessType businessType, String country,
                  Currency currency, Locale defaultLanguage, ZoneId timeZone) {
        this.organizationId = organizationId;
        this.name = name;
        this.businessType = businessType;
        this.country = country;
        this.currency = currency.getCurrencyCode();
        this.defaultLanguage = defaultLanguage.toLanguageTag();
        this.timeZone = timeZone.getId();
        this.status = TenantStatus.ACTIVE;
        this.createdAt = Instant.now();
    }

    public void suspend() {
        status = TenantStatus.SUSPENDED;
    }

    public void reactivate() {
        status = TenantStatus.ACTIVE;
    }

    /** The settings a tenant admin may change. */
    public void configure(BusinessType businessType, Currency currency, Locale defaultLanguage, ZoneId timeZone) {
        this.businessType = businessType;
        this.currency = currency.getCurrencyCode();
        this.defaultLanguage = defaultLanguage.toLanguageTag();
        this.timeZone = timeZone.getId();
    }

    /** Whether frontline staff see only the incidents of the locations they are assigned to. */
    public boolean isRestrictToLocations() {
        return restrictToLocations;
    }

    public void restrictToLocations(boolean restrict) {
        this.restrictToLocations = restrict;
    }

    /** How long a manager has to decide an exception request before it escalates to the executives. */
    public java.time.Duration getApprovalTarget() {
        return java.time.Duration.ofMinutes(approvalTargetMinutes);
    }

    public int getApprovalTargetMinutes() {
        return approvalTargetMinutes;
    }

    /** Bounds of the approval target: none, up to a week. */
    public static final int MIN_APPROVAL_TARGET_MINUTES = 0;
    public static final int MAX_APPROVAL_TARGET_MINUTES = 7 * 24 * 60;

    public void setApprovalTargetMinutes(int minutes) {
        if (minutes < MIN_APPROVAL_TARGET_MINUTES || minutes > MAX_APPROVAL_TARGET_MINUTES) {
            throw new IllegalArgumentException("approval target out of range");
        }
        this.approvalTargetMinutes = minutes;
    }

    /** Bounds of the reminder: none (0), up to a day before the feedback link expires (it is valid 14 days). */
    public static final int MAX_FEEDBACK_REMINDER_DAYS = 13;

    /**
     * Which mails the business sends: a reminder of an unanswered feedback invitation after so many days (0: none),
     * and who is mailed about a new exception request and about an overdue promise.
     */
    public void configureMail(int feedbackReminderDays, boolean exceptionToManagers, boolean exceptionToExecutives,
                              boolean overdueToOwner, boolean overdueToManagers) {
        if (feedbackReminderDays < 0 || feedbackReminderDays > MAX_FEEDBACK_REMINDER_DAYS) {
            throw new IllegalArgumentException("reminder days out of range");
        }
        this.feedbackReminderDays = feedbackReminderDays;
        this.mailExceptionToManagers = exceptionToManagers;
        this.mailExceptionToExecutives = exceptionToExecutives;
        this.mailOverdueToOwner = overdueToOwner;
        this.mailOverdueToManagers = overdueToManagers;
    }

    public int getFeedbackReminderDays() {
        return feedbackReminderDays;
    }

    public boolean isMailExceptionToManagers() {
        return mailExceptionToManagers;
    }

    public boolean isMailExceptionToExecutives() {
        return mailExceptionToExecutives;
    }

    public boolean isMailOverdueToOwner() {
        return mailOverdueToOwner;
    }

    public boolean isMailOverdueToManagers() {
        return mailOverdueToManagers;
    }

    /** Customers' details are kept this long after their last case closed (default 24 months); 0: until erased. */
    public static final int DEFAULT_RETENTION_MONTHS = 24;
    /** Bounds of the retention (besides 0, never): at least 6 months, at most 10 years. */
    public static final int MIN_RETENTION_MONTHS = 6;
    public static final int MAX_RETENTION_MONTHS = 120;

    /** Whether {@code months} is a retention a business may choose. */
    public static boolean isRetention(int months) {
        return months == 0 || months >= MIN_RETENTION_MONTHS && months <= MAX_RETENTION_MONTHS;
    }

    public void setRetentionMonths(int months) {
        if (!isRetention(months)) {
            throw new IllegalArgumentException("retention out of range");
        }
        this.retentionMonths = months;
    }

    public int getRetentionMonths() {
        return retentionMonths;
    }

    public TenantStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public String getName() {
        return name;
    }

    public BusinessType getBusinessType() {
        return businessType;
    }

    public String getCountry() {
        return country;
    }

    public Currency getCurrency() {
        return Currency.getInstance(currency);
    }

    public Locale getDefaultLanguage() {
        return Locale.forLanguageTag(defaultLanguage);
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
