package app.recoverydesk.api;

import java.util.List;

/**
 * One page of a list answer, with the total for paging: exact up to 10,000; beyond that {@code total} is 10,000
 * and {@code totalExact} false (narrow the filter to page further).
 */
public record IncidentPage(List<IncidentJson> items, long total, boolean totalExact, int offset, int limit) {

    static IncidentPage of(List<IncidentJson> items, app.recoverydesk.incident.Tally total, int offset, int limit) {
        return new IncidentPage(items, total.value(), total.exact(), offset, limit);
    }
}
