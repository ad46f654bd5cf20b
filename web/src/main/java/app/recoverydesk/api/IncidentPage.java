package app.recoverydesk.api;

import java.util.List;

/**
 * One page of a list answer, with the total for paging: exact up to 1,000 ({@code Tally.CAP}); beyond that
 * {@code total} is 1,000 and {@code totalExact} false. Pages past it can still be read by offset.
 */
public record IncidentPage(List<IncidentJson> items, long total, boolean totalExact, int offset, int limit) {

    static IncidentPage of(List<IncidentJson> items, app.recoverydesk.incident.Tally total, int offset, int limit) {
        return new IncidentPage(items, total.value(), total.exact(), offset, limit);
    }
}
