package app.recoverydesk.web.i18n;

import app.recoverydesk.money.Money;
import app.recoverydesk.recovery.Limit;
import app.recoverydesk.recovery.Recovery;
import app.recoverydesk.recovery.RecoveryPolicy;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A policy's limits in words: why a request went to a manager (one sentence per exceeded limit) and who may grant
 * an option how far. The one wording of limits for the approval queue, the catalogue, the case page and the API.
 */
public final class LimitTexts {

    private LimitTexts() {
    }

    /** One sentence per limit the request exceeded, in the order of {@link Limit}, with amounts in its currency. */
    public static List<String> exceeded(Recovery request, RecoveryPolicy policy, boolean monetary, String locationName,
                                        Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        List<String> sentences = new ArrayList<>();
        for (Limit limit : request.getExceeded()) {
            sentences.add(switch (limit) {
                case PER_INCIDENT -> overPerIncident(request.getAmount(), policy.getPerIncident(), bundle, locale);
                case PER_DAY -> monetary && policy.perDayAmount() != null
                        ? format(bundle, "limit.exceeded.perDay.money", locale, Formats.money(policy.perDayAmount(), locale))
                        : format(bundle, "limit.exceeded.perDay.grants", locale, count(policy.getPerDayLimit(), locale));
                case ROLE -> policy.getRoles().isEmpty() ? bundle.getString("limit.exceeded.role.none")
                        : capitalised(format(bundle, "limit.exceeded.role", locale,
                                roles(policy.getRoles(), bundle, locale)), locale);
                case LOCATION -> format(bundle, "limit.exceeded.location", locale, locationName);
            });
        }
        return sentences;
    }

    /** "Frontline staff and managers may grant up to kr 350,00 per incident without approval." */
    public static String rule(RecoveryPolicy policy, boolean monetary, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        if (policy.getRoles().isEmpty()) {
            return bundle.getString("limit.rule.nobody");
        }
        List<String> parts = new ArrayList<>();
        if (monetary && policy.getPerIncident() != null) {
            parts.add(format(bundle, "limit.rule.perIncident", locale, Formats.money(policy.getPerIncident(), locale)));
        }
        if (policy.getPerDayLimit() != null) {
            parts.add(monetary
                    ? format(bundle, "limit.rule.perDay.money", locale, Formats.money(policy.perDayAmount(), locale))
                    : format(bundle, "limit.rule.perDay.grants", locale, count(policy.getPerDayLimit(), locale)));
        }
        String who = roles(policy.getRoles(), bundle, locale);
        String rule = parts.isEmpty() ? format(bundle, "limit.rule.unlimited", locale, who)
                : format(bundle, "limit.rule", locale, who, list(parts, bundle, locale));
        return capitalised(rule, locale);
    }

    private static String overPerIncident(Money amount, Money limit, ResourceBundle bundle, Locale locale) {
        if (amount == null || limit == null) {
            return bundle.getString("limit.exceeded.perIncident.plain");
        }
        return format(bundle, "limit.exceeded.perIncident", locale, Formats.money(limit, locale),
                Formats.money(amount.minus(limit), locale));
    }

    /** The roles as a group of people ("frontline staff and managers"), in a fixed order. */
    static String roles(Set<String> roles, ResourceBundle bundle, Locale locale) {
        List<String> words = roles.stream().sorted().map(r -> bundle.containsKey("limit.who." + r)
                ? bundle.getString("limit.who." + r) : r).toList();
        return list(words, bundle, locale);
    }

    /** "a", "a and b", "a, b and c" in the language's way. */
    private static String list(List<String> words, ResourceBundle bundle, Locale locale) {
        if (words.size() < 2) {
            return words.isEmpty() ? "" : words.get(0);
        }
        return format(bundle, "limit.list.last", locale, String.join(", ", words.subList(0, words.size() - 1)),
                words.get(words.size() - 1));
    }

    /** The group of people may open the sentence ("frontline staff may …"). */
    private static String capitalised(String sentence, Locale locale) {
        return sentence.isEmpty() ? sentence : sentence.substring(0, 1).toUpperCase(locale) + sentence.substring(1);
    }

    private static String count(Long n, Locale locale) {
        return n == null ? "" : NumberFormat.getIntegerInstance(locale).format(n);
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
