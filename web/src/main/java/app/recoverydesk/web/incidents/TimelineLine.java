package app.recoverydesk.web.incidents;

import app.recoverydesk.incident.Channel;
import app.recoverydesk.incident.IncidentEvent;
import app.recoverydesk.incident.IncidentStatus;
import app.recoverydesk.incident.RootCause;
import app.recoverydesk.incident.Severity;
import app.recoverydesk.promise.PromiseStatus;
import app.recoverydesk.money.Money;
import app.recoverydesk.recovery.RecoveryStatus;
import app.recoverydesk.web.i18n.Formats;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One entry of a case's timeline in the reader's words. The audit trail stores what happened as the code wrote it
 * (field names, enum constants, UTC instants, "380.00 NOK", the option's own name), so that it never changes with
 * a translation; this puts it into the page's language and the business's time zone when it is shown.
 */
public final class TimelineLine {

    /** The fields' labels: the same words the case page uses for them. */
    private static final Map<String, String> FIELD_LABELS = Map.ofEntries(
            Map.entry("status", "incident.status"), Map.entry("location", "incident.location"),
            Map.entry("occurredAt", "incident.occurredAt"), Map.entry("whatHappened", "incident.whatHappened"),
            Map.entry("severity", "incident.severity"), Map.entry("rootCause", "incident.rootCause"),
            Map.entry("rootCauseNote", "incident.rootCauseNote"), Map.entry("channel", "incident.channel"),
            Map.entry("category", "incident.category"), Map.entry("customerExpected", "incident.customerExpected"),
            Map.entry("customer", "customer.title"), Map.entry("recovery", "recovery.title"),
            Map.entry("promise", "promise.title"), Map.entry("promise owner", "promise.owner"));

    /** Fields whose values are one enum constant. */
    private static final Map<String, Class<? extends Enum<?>>> ENUM_FIELDS = Map.of("status", IncidentStatus.class,
            "severity", Severity.class, "rootCause", RootCause.class, "channel", Channel.class);

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");
    private static final Pattern MONEY = Pattern.compile("\\b(\\d+(\\.\\d+)?) ([A-Z]{3})\\b");
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z_]+\\b");
    private static final Set<String> STATUS_WORDS = Stream.concat(Stream.of(RecoveryStatus.values()).map(Enum::name),
            Stream.of(PromiseStatus.values()).map(Enum::name)).collect(Collectors.toSet());

    private final ResourceBundle bundle;
    private final Locale locale;
    private final ZoneId zone;
    private final Map<String, String> optionNames;

    /** {@code optionNames}: the tenant's options' own names with their names in the reader's language. */
    public TimelineLine(ResourceBundle bundle, Locale locale, ZoneId zone, Map<String, String> optionNames) {
        this.bundle = bundle;
        this.locale = locale;
        this.zone = zone;
        this.optionNames = optionNames;
    }

    /** "endret Status: Åpen → Under gjenoppretting", "la ved kvittering.pdf". */
    public String describe(IncidentEvent e) {
        String what = text("IncidentEvent." + e.getKind(), e.getKind().name());
        return switch (e.getKind()) {
            case CREATED -> what;
            case ATTACHED -> what + " " + nullToEmpty(e.getToValue());
            case CHANGED -> what + " " + text(FIELD_LABELS.get(e.getField()), e.getField()) + ": "
                    + (e.getFromValue() == null ? "" : value(e.getField(), e.getFromValue()) + " → ")
                    + value(e.getField(), e.getToValue());
        };
    }

    private String value(String field, String value) {
        if (value == null) {
            return "—";
        }
        Class<? extends Enum<?>> type = ENUM_FIELDS.get(field);
        if (type != null) {
            return text(type.getSimpleName() + "." + value, value);
        }
        if ("category".equals(field)) {
            return text("Category." + value, value);
        }
        if (field.startsWith("promise") || field.equals("recovery")) {
            return caseWords(value);
        }
        return replace(INSTANT, value, m -> Formats.dateTime(Instant.parse(m.group()), locale, zone));
    }

    /** A recovery's or a promise's line: its option, amounts, due times, statuses and the queue in words. */
    private String caseWords(String value) {
        String s = value;
        for (Map.Entry<String, String> name : optionNames.entrySet()) {
            if (s.startsWith(name.getKey())) {
                s = name.getValue() + s.substring(name.getKey().length());
                break;
            }
        }
        s = replace(INSTANT, s, m -> Formats.dateTime(Instant.parse(m.group()), locale, zone));
        s = replace(MONEY, s, m -> money(m.group(1), m.group(3), m.group()));
        s = replace(CONSTANT, s, m -> STATUS_WORDS.contains(m.group()) ? statusWord(m.group()) : m.group());
        if (s.equals("queue") || s.endsWith(" · queue") || s.endsWith(": queue")) {
            s = s.substring(0, s.length() - "queue".length()) + text("promise.queue", "queue");
        }
        return s;
    }

    private String statusWord(String constant) {
        String recovery = "RecoveryStatus." + constant;
        return bundle.containsKey(recovery) ? bundle.getString(recovery) : text("PromiseStatus." + constant, constant);
    }

    private String money(String amount, String currency, String asWritten) {
        try {
            return Formats.money(Money.parse(amount, Currency.getInstance(currency)), locale);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return asWritten;
        }
    }

    private String text(String key, String fallback) {
        return key != null && bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    private static String replace(Pattern pattern, String s, Function<MatchResult, String> by) {
        return pattern.matcher(s).replaceAll(m -> Matcher.quoteReplacement(by.apply(m)));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
