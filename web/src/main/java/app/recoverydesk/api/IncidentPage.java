package app.recoverydesk.api;

import java.util.List;

/** One page of a list answer, with the total for paging. */
public record IncidentPage(List<IncidentJson> items, long total, int offset, int limit) {
}
