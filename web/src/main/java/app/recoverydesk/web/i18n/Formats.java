package app.recoverydesk.web.i18n;

import app.recoverydesk.tenancy.Tenant;
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
        return caller.tenant().map(Tenant::getTimeZone).orElse(ZoneId.of("UTC"));
    }

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale.getLocale()).withZone(zone()).format(instant);
    }
}
