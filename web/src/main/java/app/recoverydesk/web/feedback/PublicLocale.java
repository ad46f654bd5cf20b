package app.recoverydesk.web.feedback;

import app.recoverydesk.i18n.Translations;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * The language of the pages a customer sees without signing in: the business's once the feedback page has read it
 * from the link, else the first of the browser's languages the product speaks, else English. Kept on the request,
 * so that an error page drawn for the same request speaks the same language as the page that failed.
 */
public final class PublicLocale {

    private static final String ATTRIBUTE = PublicLocale.class.getName();

    private PublicLocale() {
    }

    static void remember(Locale locale) {
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(ATTRIBUTE, locale);
    }

    public static Locale current() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getRequestMap().get(ATTRIBUTE) instanceof Locale remembered) {
            return remembered;
        }
        return Translations.firstSpoken(() -> external.getRequestLocales()).orElse(Locale.ENGLISH);
    }
}
