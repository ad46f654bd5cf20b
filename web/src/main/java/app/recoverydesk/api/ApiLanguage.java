package app.recoverydesk.api;

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
        if (request.getHeader("Accept-Language") != null) {
            for (Locale asked : Collections.list(request.getLocales())) {
                Locale language = Locale.forLanguageTag(asked.getLanguage().equals("no") || asked.getLanguage().equals("nn")
                        ? "nb" : asked.getLanguage());
                if (LocaleSelector.SUPPORTED.contains(language)) {
                    return language;
                }
            }
        }
        return caller.tenant().map(t -> t.getDefaultLanguage()).filter(LocaleSelector.SUPPORTED::contains)
                .orElse(Locale.ENGLISH);
    }

    public ZoneId zone() {
        return caller.timeZone();
    }
}
