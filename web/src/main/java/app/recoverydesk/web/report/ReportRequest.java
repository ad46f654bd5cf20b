package app.recoverydesk.web.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The period and locations of a report as they travel in links (the drill-down, the downloads):
 * {@code from=2026-01-01&to=2026-12-31&locations=3,4}.
 */
public record ReportRequest(LocalDate from, LocalDate to, Set<Long> locations) {

    public String query() {
        return "from=" + from + "&to=" + to + (locations.isEmpty() ? ""
                : "&locations=" + locations.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")));
    }

    /** Parses what {@link #query()} wrote; anything unreadable is left out (the service then refuses or defaults). */
    public static Set<Long> locations(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> s.matches("\\d{1,18}"))
                .map(Long::valueOf).collect(Collectors.toSet());
    }

    /** A day of a link, or null (the report's default) when there is none or it cannot be read. */
    public static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
