package app.recoverydesk.web.audit;

import app.recoverydesk.audit.AuditEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit log as people read it: each kind's label in their language (key {@code audit.kind.<kind>}, the raw kind
 * where there is none), and the entries as RFC 4180 CSV with a byte-order mark, headers in their language, times in
 * the business's time zone. Shared by the page's download and the API.
 */
public final class AuditCsv {

    private static final DateTimeFormatter SPREADSHEET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditCsv() {
    }

    /** The kind's label in the language, or the kind itself when the bundle has none. */
    public static String kindLabel(String kind, Locale locale) {
        try {
            return ResourceBundle.getBundle(app.recoverydesk.web.i18n.Messages.BUNDLE, locale).getString("audit.kind." + kind);
        } catch (MissingResourceException e) {
            return kind;
        }
    }

    public static String write(List<AuditEntry> entries, Locale locale, ZoneId zone) {
        ResourceBundle text = ResourceBundle.getBundle(app.recoverydesk.web.i18n.Messages.BUNDLE, locale);
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, Stream.of("audit.seq", "audit.at", "audit.person", "audit.kind", "audit.kindCode", "audit.subject",
                "audit.from", "audit.to").map(text::getString).toList());
        for (AuditEntry e : entries) {
            line(csv, List.of(String.valueOf(e.getSeq()), SPREADSHEET_TIME.withZone(zone).format(e.getAt()), e.getActor(),
                    kindLabel(e.getKind(), locale), e.getKind(), e.getSubject(), nullToEmpty(e.getFromValue()),
                    nullToEmpty(e.getToValue())));
        }
        return csv.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(AuditCsv::quote).collect(Collectors.joining(","))).append("\r\n");
    }

    static String quote(String cell) {
        String c = cell == null ? "" : cell;
        // a leading = + - @ would be run as a formula by spreadsheet programs (CSV injection)
        if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0) {
            c = "'" + c;
        }
        boolean quoted = c.chars().anyMatch(ch -> ch == '"' || ch == ',' || ch == '\r' || ch == '\n');
        return quoted ? "\"" + c.replace("\"", "\"\"") + "\"" : c;
    }
}
