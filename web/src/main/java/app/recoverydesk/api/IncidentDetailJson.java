package app.recoverydesk.api;

import java.util.List;

/** One incident with what the case page shows beside it: the customer's other incidents and the next statuses. */
public record IncidentDetailJson(IncidentJson incident, List<Long> earlierIncidentsOfCustomer,
                                 List<String> allowedStatuses) {
}
