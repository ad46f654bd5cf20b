package app.recoverydesk.web.incidents;

import app.recoverydesk.incident.IncidentFilter;
import app.recoverydesk.incident.IncidentStatus;
import app.recoverydesk.incident.RootCause;
import app.recoverydesk.incident.Severity;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The incident list's state as its address says it: filters, sort and page as query parameters, so that a list can
 * be reloaded, shared and saved as a view. A value the list does not know is named in {@link #invalid} and left out;
 * the rest still applies.
 */
public record ListQuery(IncidentFilter filter, int page, List<String> invalid) {

    /** The parameters, in the order the address lists them. */
    public static final List<String> PARAMETERS = List.of("q", "status", "location", "category", "rootCause",
            "severity", "from", "to", "sort", "page");

    /** More pages than the list counts (Tally.CAP at 20 a page) are never asked for. */
    static final int MAX_PAGE = 10_000;

    public static ListQuery parse(Map<String, String> params) {
        List<String> invalid = new ArrayList<>();
        IncidentFilter filter = new IncidentFilter(
                parsed(params, "status", s -> IncidentStatus.valueOf(s), invalid),
                parsed(params, "location", ListQuery::id, invalid),
                parsed(params, "category", ListQuery::id, invalid),
                parsed(params, "rootCause", s -> RootCause.valueOf(s), invalid),
                parsed(params, "severity", s -> Severity.valueOf(s), invalid),
                parsed(params, "from", LocalDate::parse, invalid),
                parsed(params, "to", LocalDate::parse, invalid),
                blankToNull(params.get("q")),
                parsed(params, "sort", s -> IncidentFilter.Sort.valueOf(s), invalid));
        Integer page = parsed(params, "page", s -> {
            int n = Integer.parseInt(s);
            if (n < 1 || n > MAX_PAGE) {
                throw new IllegalArgumentException(s);
            }
            return n;
        }, invalid);
        return new ListQuery(filter, page == null ? 1 : page, List.copyOf(invalid));
    }

    /** Parses a query string as saved ("status=OPEN&sort=OLDEST"). */
    public static ListQuery parse(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return parse(params);
    }

    /** The query string of a filter and page; what is not set (and the newest-first sort, page 1) is left out. */
    public static String format(IncidentFilter filter, int page) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", filter.text());
        params.put("status", filter.status());
        params.put("location", filter.locationId());
        params.put("category", filter.categoryId());
        params.put("rootCause", filter.rootCause());
        params.put("severity", filter.severity());
        params.put("from", filter.from());
        params.put("to", filter.to());
        params.put("sort", filter.sort() == IncidentFilter.Sort.NEWEST ? null : filter.sort());
        params.put("page", page <= 1 ? null : page);
        List<String> pairs = new ArrayList<>();
        params.forEach((name, value) -> {
            if (value != null && !String.valueOf(value).isBlank()) {
                pairs.add(name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
            }
        });
        return String.join("&", pairs);
    }

    /** How many filters narrow the list, the text search aside (it stays in sight, the others are folded). */
    public static int folded(IncidentFilter filter) {
        int n = 0;
        for (Object value : new Object[] {filter.status(), filter.locationId(), filter.categoryId(), filter.rootCause(),
                filter.severity(), filter.from(), filter.to()}) {
            n += value == null ? 0 : 1;
        }
        return n;
    }

    /** True when anything narrows the list (the sort does not). */
    public static boolean narrows(IncidentFilter filter) {
        return folded(filter) > 0 || filter.text() != null && !filter.text().isBlank();
    }

    private static <T> T parsed(Map<String, String> params, String name, Function<String, T> parse, List<String> invalid) {
        String value = blankToNull(params.get(name));
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            invalid.add(name);
            return null;
        }
    }

    private static Long id(String value) {
        long id = Long.parseLong(value);
        if (id < 1) {
            throw new IllegalArgumentException(value);
        }
        return id;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
