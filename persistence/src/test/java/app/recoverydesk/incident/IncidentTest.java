package app.recoverydesk.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.recoverydesk.tenancy.Location;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentTest {

    private final Location location = new Location("Grünerløkka", "Thorvald Meyers gate 40", ZoneId.of("Europe/Oslo"));
    private final Instant now = Instant.parse("2026-11-25T12:00:00Z");

    private static Incident.Details details(String what, RootCause cause) {
        return new Incident.Details(what, Severity.HIGH, cause, null, Channel.IN_PERSON,
                new IncidentCategory("FOOD_NOT_SERVED", null), " ", null);
    }

    private Incident incident() {
        return new Incident(location, now.minusSeconds(600), details("  Cold soup ", RootCause.PROCESS),
                "bistro-frontline", now);
    }

    @Test
    void aNewIncidentIsOpenAndRemembersWhoLoggedIt() {
        Incident incident = incident();
        assertEquals(IncidentStatus.OPEN, incident.getStatus());
        assertEquals("Cold soup", incident.getWhatHappened());
        assertEquals(null, incident.getCustomerExpected(), "blank text is stored as nothing");
        assertEquals("bistro-frontline", incident.getCreatedBy());
        assertEquals(now, incident.getCreatedAt());
    }

    @Test
    void anIncidentCannotHappenInTheFuture() {
        assertThrows(IllegalArgumentException.class, () -> new Incident(location, now.plusSeconds(60),
                details("x", RootCause.EMPLOYEE), "bistro-frontline", now));
    }

    @Test
    void everyEssentialIsRequired() {
        assertThrows(NullPointerException.class, () -> details("x", null));
        assertThrows(NullPointerException.class, () -> new Incident(null, now, details("x", RootCause.EMPLOYEE),
                "bistro-frontline", now));
    }

    @Test
    void theLifecycleAllowsItsMovesAndAuditsEach() {
        Incident incident = incident();
        IncidentEvent event = incident.moveTo(IncidentStatus.RECOVERING, "bistro-manager", now);
        assertEquals(List.of("status", "OPEN", "RECOVERING", "bistro-manager"),
                List.of(event.getField(), event.getFromValue(), event.getToValue(), event.getActor()));
        incident.moveTo(IncidentStatus.RESOLVED, "bistro-manager", now);
        incident.moveTo(IncidentStatus.CLOSED, "bistro-manager", now);
        incident.moveTo(IncidentStatus.REOPENED, "bistro-manager", now);
        assertEquals(IncidentStatus.REOPENED, incident.getStatus());
    }

    @Test
    void theCaseRemembersItsFirstResponseAndItsLatestResolution() {
        Incident incident = incident();
        assertEquals(null, incident.getRespondedAt());
        incident.moveTo(IncidentStatus.RECOVERING, "x", now.plusSeconds(60));
        incident.moveTo(IncidentStatus.RESOLVED, "x", now.plusSeconds(120));
        assertEquals(List.of(now.plusSeconds(60), now.plusSeconds(120)), List.of(incident.getRespondedAt(), incident.getResolvedAt()));
        incident.moveTo(IncidentStatus.CLOSED, "x", now.plusSeconds(180));
        assertEquals(now.plusSeconds(120), incident.getResolvedAt(), "closing a resolved case does not move its resolution");
        incident.moveTo(IncidentStatus.REOPENED, "x", now.plusSeconds(240));
        assertEquals(null, incident.getResolvedAt(), "a reopened case is not resolved");
        incident.moveTo(IncidentStatus.RESOLVED, "x", now.plusSeconds(300));
        assertEquals(List.of(now.plusSeconds(60), now.plusSeconds(300)), List.of(incident.getRespondedAt(), incident.getResolvedAt()));
    }

    @Test
    void illegalMovesAreRefusedAndChangeNothing() {
        Incident incident = incident();
        assertThrows(IllegalTransitionException.class, () -> incident.moveTo(IncidentStatus.CLOSED, "x", now));
        assertThrows(IllegalTransitionException.class, () -> incident.moveTo(IncidentStatus.OPEN, "x", now));
        assertEquals(IncidentStatus.OPEN, incident.getStatus());
        incident.moveTo(IncidentStatus.RESOLVED, "x", now);
        incident.moveTo(IncidentStatus.CLOSED, "x", now);
        assertThrows(IllegalTransitionException.class, () -> incident.moveTo(IncidentStatus.RECOVERING, "x", now));
    }

    @Test
    void aRevisionAuditsExactlyTheFieldsThatChanged() {
        Incident incident = incident();
        List<IncidentEvent> changes = incident.revise(location, incident.getOccurredAt(),
                details("Cold soup", RootCause.POLICY), "bistro-manager", now);
        assertEquals(1, changes.size(), "only the root cause changed");
        assertEquals(List.of("rootCause", "PROCESS", "POLICY"),
                List.of(changes.get(0).getField(), changes.get(0).getFromValue(), changes.get(0).getToValue()));
        assertEquals(RootCause.POLICY, incident.getRootCause());
        assertTrue(incident.revise(location, incident.getOccurredAt(), details("Cold soup", RootCause.POLICY),
                "bistro-manager", now).isEmpty(), "saving without changes audits nothing");
    }
}
