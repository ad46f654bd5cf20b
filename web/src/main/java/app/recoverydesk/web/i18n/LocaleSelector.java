package app.recoverydesk.web.i18n;

import app.recoverydesk.web.security.CurrentCaller;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the pages: the user's own choice for this session, else the tenant's language,
 * else English.
 */
@Named
@SessionScoped
public class LocaleSelector implements Serializable {

    public static final List<Locale> SUPPORTED = List.of(
            Locale.forLanguageTag("nb"), Locale.ENGLISH, Locale.forLanguageTag("pl"),
            Locale.forLanguageTag("hr"), Locale.forLanguageTag("ru"));

    @Inject
    private CurrentCaller caller;

    private Locale chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        return caller.tenant().map(t -> t.getDefaultLanguage()).filter(SUPPORTED::contains).orElse(Locale.ENGLISH);
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    public void choose(String language) {
        Locale locale = Locale.forLanguageTag(language);
        if (SUPPORTED.contains(locale)) {
            chosen = locale;
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        }
    }

    /** A language's name in that language, as a language menu shows it. */
    public String nameOf(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
