package app.recoverydesk.incident;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the incident list is narrowed to. Dates are days in the tenant's time zone, both ends included;
 * {@code text} searches what happened, what the customer expected and the root-cause note.
 */
public record IncidentFilter(IncidentStatus status, Long locationId, Long categoryId, RootCause rootCause,
                             Severity severity, LocalDate from, LocalDate to, String text, Sort sort)
                                     implements Serializable {

    /** The longest search text: a few words, never a document (each word costs a lookup). */
    public static final int MAX_TEXT = 200;

    public static final IncidentFilter NONE = new IncidentFilter(null, null, null, null, null, null, null, null,
            Sort.NEWEST);

    public IncidentFilter {
        sort = sort == null ? Sort.NEWEST : sort;
    }

    /** The orders the list offers; each is backed by an index that starts with the tenant. */
    public enum Sort {
        NEWEST("i.occurredAt desc, i.id desc"),
        OLDEST("i.occurredAt asc, i.id asc"),
        SEVERITY("case i.severity when app.recoverydesk.incident.Severity.CRITICAL then 4"
                + " when app.recoverydesk.incident.Severity.HIGH then 3"
                + " when app.recoverydesk.incident.Severity.MEDIUM then 2 else 1 end desc, i.occurredAt desc, i.id desc"),
        STATUS("i.status asc, i.occurredAt desc, i.id desc");

        final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }

        boolean byTime() {
            return this == NEWEST || this == OLDEST;
        }
    }
}
