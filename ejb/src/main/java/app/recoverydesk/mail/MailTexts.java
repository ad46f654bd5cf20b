package app.recoverydesk.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the mails the business sends, in one language: the bundle {@code app.recoverydesk.mail.mails}
 * (English, Norwegian bokmål, Polish, Croatian, Russian). A language without its own file gets English, never
 * the server's language.
 */
public final class MailTexts {

    public static final String BUNDLE = "app.recoverydesk.mail.mails";

    private final ResourceBundle bundle;
    private final Locale locale;

    private MailTexts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static MailTexts in(String languageTag) {
        Locale locale = languageTag == null || languageTag.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(languageTag);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, MailTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MailTexts(bundle, locale);
    }

    /** The text of {@code key} with its {0}, {1} … filled in. */
    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No mail text " + key, e);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The language this text is really in (English where the wanted one has no file). */
    public String language() {
        String language = bundle.getLocale().getLanguage();
        return language.isEmpty() ? "en" : language;
    }
}
