package app.recoverydesk.web.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.recoverydesk.incident.IncidentFilter;
import app.recoverydesk.incident.IncidentStatus;
import app.recoverydesk.incident.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListQueryTest {

    @Test
    void aListsAddressGivesBackItsFiltersSortAndPage() {
        IncidentFilter filter = new IncidentFilter(IncidentStatus.OPEN, 7L, null, null, Severity.HIGH,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), "kald suppe & mer", IncidentFilter.Sort.OLDEST);
        String query = ListQuery.format(filter, 3);
        assertEquals("q=kald+suppe+%26+mer&status=OPEN&location=7&severity=HIGH&from=2026-11-01&to=2026-11-30"
                + "&sort=OLDEST&page=3", query);
        ListQuery back = ListQuery.parse(query);
        assertEquals(filter, back.filter());
        assertEquals(3, back.page());
        assertEquals(List.of(), back.invalid());
    }

    @Test
    void theUnfilteredFirstPageIsTheBareAddress() {
        assertEquals("", ListQuery.format(IncidentFilter.NONE, 1));
        assertEquals(IncidentFilter.NONE, ListQuery.parse("").filter());
        assertFalse(ListQuery.narrows(IncidentFilter.NONE));
        assertFalse(ListQuery.narrows(ListQuery.parse("sort=OLDEST").filter()), "a sort narrows nothing");
    }

    @Test
    void valuesTheListDoesNotKnowAreNamedAndLeftOutTheRestApplies() {
        ListQuery query = ListQuery.parse(Map.of("status", "SHOUTING", "from", "yesterday", "page", "-2",
                "location", "x", "severity", "LOW", "sort", "RANDOM"));
        assertEquals(List.of("status", "location", "from", "sort", "page"), query.invalid());
        assertEquals(Severity.LOW, query.filter().severity());
        assertEquals(IncidentFilter.Sort.NEWEST, query.filter().sort());
        assertEquals(1, query.page());
        assertTrue(ListQuery.narrows(query.filter()));
    }

    @Test
    void theFiltersButtonCountsTheFoldedFiltersNotTheSearchText() {
        IncidentFilter filter = ListQuery.parse("q=anna&status=OPEN&from=2026-11-01&sort=SEVERITY").filter();
        assertEquals(2, ListQuery.folded(filter));
    }
}
