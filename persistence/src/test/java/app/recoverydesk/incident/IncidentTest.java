package app.recoverydesk.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.recoverydesk.tenancy.Location;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class IncidentTest {

    private final Location location = new Location("Grünerløkka", "Thorvald Meyers gate 40", ZoneId.of("Europe/Oslo"));
    private final Instant now = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void aNewIncidentIsOpenAndRemembersWhoLoggedIt() {
        Incident incident = new Incident(location, now.minusSeconds(600), "  Cold soup ", Severity.HIGH,
                RootCause.PROCESS, "bistro-frontline", now);
        assertEquals(IncidentStatus.OPEN, incident.getStatus());
        assertEquals("Cold soup", incident.getWhatHappened());
        assertEquals("bistro-frontline", incident.getCreatedBy());
        assertEquals(now, incident.getCreatedAt());
    }

    @Test
    void anIncidentCannotHappenInTheFuture() {
        assertThrows(IllegalArgumentException.class, () -> new Incident(location, now.plusSeconds(60), "x",
                Severity.LOW, RootCause.EMPLOYEE, "bistro-frontline", now));
    }

    @Test
    void everyEssentialIsRequired() {
        assertThrows(NullPointerException.class, () -> new Incident(location, now, "x", Severity.LOW, null,
                "bistro-frontline", now));
        assertThrows(NullPointerException.class, () -> new Incident(null, now, "x", Severity.LOW,
                RootCause.EMPLOYEE, "bistro-frontline", now));
    }
}
