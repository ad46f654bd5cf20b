package app.recoverydesk.web.input;

import app.recoverydesk.web.i18n.LocaleSelector;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The example shown next to a date field, written the way the page's language writes dates. */
@Named
@RequestScoped
public class DateTimeHint {

    @Inject
    private LocaleSelector locale;

    public String getDateTime() {
        return DateTimeConverter.example(locale.getLocale(), false);
    }

    public String getDate() {
        return DateTimeConverter.example(locale.getLocale(), true);
    }
}
