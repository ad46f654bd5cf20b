package app.recoverydesk.api;

import app.recoverydesk.i18n.Translations;
import app.recoverydesk.web.i18n.LocaleSelector;
import app.recoverydesk.web.security.CurrentCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Locale;

/** The language of an API answer: the caller's Accept-Language where the product speaks it, else the business's. */
@RequestScoped
public class ApiLanguage {

    @Inject
    private HttpServletRequest request;

    @Inject
    private CurrentCaller caller;

    public Locale locale() {
        Locale business = caller.tenant().map(t -> t.getDefaultLanguage()).filter(LocaleSelector.SUPPORTED::contains)
                .orElse(Locale.ENGLISH);
        return request.getHeader("Accept-Language") == null ? business
                : Translations.firstSpoken(Collections.list(request.getLocales())).orElse(business);
    }

    public ZoneId zone() {
        return caller.timeZone();
    }
}
