package app.recoverydesk.web.i18n;

import app.recoverydesk.incident.IncidentCategory;
import app.recoverydesk.money.Money;
import app.recoverydesk.recovery.RecoveryOption;
import app.recoverydesk.recovery.RecoveryPolicy;
import java.text.NumberFormat;
import app.recoverydesk.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as the user reads them: in the tenant's time zone and the page's language. */
@Named
@RequestScoped
public class Formats {

    @Inject
    private CurrentCaller caller;

    @Inject
    private LocaleSelector locale;

    public ZoneId zone() {
        return caller.timeZone();
    }

    /** A category's label: the tenant's own name, or the translation of a default category's code. */
    public String category(IncidentCategory category) {
        if (category == null) {
            return "";
        }
        return category.getName() != null ? category.getName() : Messages.text("Category." + category.getCode());
    }

    /** An amount with its currency, in the page's language ("1 234,50 kr"). */
    public String money(Money money) {
        return money == null ? "" : money(money, locale.getLocale());
    }

    /** An amount with its currency in a language: with the currency's own number of decimals. */
    public static String money(Money money, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.currency());
        format.setMinimumFractionDigits(money.currency().getDefaultFractionDigits());
        format.setMaximumFractionDigits(money.currency().getDefaultFractionDigits());
        return format.format(money.decimal());
    }

    /**
     * A policy's limit per staff member and day as the manager set it: an amount with its currency for a monetary
     * option (stored in minor units, like every amount), else the number of grants.
     */
    public String perDayLimit(RecoveryOption option, RecoveryPolicy policy) {
        Long limit = policy.getPerDayLimit();
        if (limit == null) {
            return "";
        }
        return option.isMonetary() ? money(policy.perDayAmount())
                : NumberFormat.getIntegerInstance(locale.getLocale()).format(limit);
    }

    public String fileSize(int bytes) {
        return bytes < 1024 * 1024 ? (bytes + 1023) / 1024 + " KB" : String.format(locale.getLocale(), "%.1f MB",
                bytes / (1024.0 * 1024.0));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime(instant, locale.getLocale(), zone());
    }

    public static String dateTime(Instant instant, Locale locale, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }
}
