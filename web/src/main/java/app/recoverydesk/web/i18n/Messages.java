package app.recoverydesk.web.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** Faces messages from the bundle, in the page's language. */
public final class Messages {

    public static final String BUNDLE = "app.recoverydesk.web.messages";

    private Messages() {
    }

    /** The bundle of a language, for text made before the page's locale applies (view actions, downloads, the API). */
    public static java.util.function.Function<String, String> in(java.util.Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale)::getString;
    }

    public static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale()).getString(key);
    }

    public static void info(String key) {
        add(null, FacesMessage.SEVERITY_INFO, text(key));
    }

    /** Information whose text is already in the page's language. */
    public static void infoText(String text) {
        add(null, FacesMessage.SEVERITY_INFO, text);
    }

    public static void error(String clientId, String key) {
        errorText(clientId, text(key));
    }

    /** An error whose text is already in the page's language. */
    public static void errorText(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
