package app.recoverydesk.web.i18n;

import app.recoverydesk.incident.IncidentCategory;
import app.recoverydesk.recovery.Money;
import java.text.NumberFormat;
import app.recoverydesk.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

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
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale.getLocale());
        format.setCurrency(money.currency());
        format.setMinimumFractionDigits(money.currency().getDefaultFractionDigits());
        format.setMaximumFractionDigits(money.currency().getDefaultFractionDigits());
        return format.format(money.decimal());
    }

    public String fileSize(int bytes) {
        return bytes < 1024 * 1024 ? (bytes + 1023) / 1024 + " KB" : String.format(locale.getLocale(), "%.1f MB",
                bytes / (1024.0 * 1024.0));
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale.getLocale()).withZone(zone()).format(instant);
    }
}
