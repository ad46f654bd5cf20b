package app.recoverydesk.web.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.recoverydesk.incident.Channel;
import app.recoverydesk.incident.Incident;
import app.recoverydesk.incident.IncidentCategory;
import app.recoverydesk.incident.IncidentEvent;
import app.recoverydesk.incident.RootCause;
import app.recoverydesk.incident.Severity;
import app.recoverydesk.tenancy.Location;
import app.recoverydesk.web.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The audit trail's codes, amounts and UTC instants as a Norwegian reads them in Oslo. */
class TimelineLineTest {

    private static final Locale NB = Locale.forLanguageTag("nb");
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private final Incident incident = new Incident(new Location("Grünerløkka", "Thorvald Meyers gate 40",
            ZoneId.of("Europe/Oslo")), NOW.minusSeconds(600), new Incident.Details("Kald suppe", Severity.HIGH,
            RootCause.PROCESS, null, Channel.IN_PERSON, new IncidentCategory("FOOD_NOT_SERVED", null), null, null),
            "bistro-frontline", NOW);

    private final TimelineLine line = new TimelineLine(ResourceBundle.getBundle(Messages.BUNDLE, NB), NB,
            ZoneId.of("Europe/Oslo"), Map.of("Remove dish from bill", "Fjern retten fra regningen"));

    private static String spaced(String s) {
        return s.replaceAll("[\\u00A0\\u202F]", " ");
    }

    @Test
    void aStatusChangeInWords() {
        assertEquals("endret Status: Åpen → Under gjenoppretting", line.describe(IncidentEvent.changedBy(incident, NOW,
                "bistro-manager", "status", "OPEN", "RECOVERING")));
    }

    @Test
    void aRecoveryWithItsOptionAmountAndStatusInWords() {
        assertEquals("endret Gjenoppretting: Fjern retten fra regningen kr 420,50: Venter på godkjenning",
                spaced(line.describe(IncidentEvent.recorded(incident, NOW, "bistro-frontline", "recovery",
                        "Remove dish from bill 420.50 NOK: PENDING"))));
        assertEquals("endret Gjenoppretting: Godkjent kr 380,00: Stamgjest", spaced(line.describe(IncidentEvent.recorded(
                incident, NOW, "bistro-manager", "recovery", "APPROVED 380.00 NOK: Stamgjest"))));
    }

    @Test
    void aPromiseDueInOslosTime_andTheQueueInWords() {
        assertEquals("endret Løfter: Ring gjesten · 25. nov. 2026, 14:30 · " + ResourceBundle.getBundle(Messages.BUNDLE, NB)
                        .getString("promise.queue"),
                line.describe(IncidentEvent.recorded(incident, NOW, "bistro-frontline", "promise",
                        "Ring gjesten · 2026-11-25T13:30:00Z · queue")));
    }

    @Test
    void aChangedSeverityAndTimeOfTheIncident() {
        assertEquals("endret Alvorlighet: Høy → Kritisk", line.describe(IncidentEvent.changedBy(incident, NOW,
                "bistro-frontline", "severity", "HIGH", "CRITICAL")));
        assertEquals("endret Når: 25. nov. 2026, 12:50 → 25. nov. 2026, 12:40", line.describe(IncidentEvent.changedBy(
                incident, NOW, "bistro-frontline", "occurredAt", "2026-11-25T11:50:00Z", "2026-11-25T11:40:00Z")));
    }
}
