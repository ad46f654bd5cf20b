package app.recoverydesk.web.i18n;

import app.recoverydesk.failure.Message;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Puts a {@link Message} into words in one language: the same text on the pages, in the API and in mails. */
public final class Texts {

    private Texts() {
    }

    public static String render(Message message, Locale locale, ZoneId zone) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        String pattern = bundle.getString(message.key());
        if (message.args().isEmpty()) {
            return pattern;
        }
        Object[] args = message.args().stream().map(arg -> word(arg, bundle, locale, zone)).toArray();
        return new MessageFormat(pattern, locale).format(args);
    }

    private static Object word(Object arg, ResourceBundle bundle, Locale locale, ZoneId zone) {
        if (arg instanceof Message nested) {
            return render(nested, locale, zone);
        }
        if (arg instanceof Collection<?> list) {
            String separator = list.stream().allMatch(Message.class::isInstance) ? "; " : ", ";
            return list.stream().map(a -> String.valueOf(word(a, bundle, locale, zone))).collect(Collectors.joining(separator));
        }
        if (arg instanceof Enum<?> constant) {
            String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            return bundle.containsKey(key) ? bundle.getString(key) : constant.name();
        }
        if (arg instanceof Instant instant) {
            return Formats.dateTime(instant, locale, zone);
        }
        return arg;
    }
}
