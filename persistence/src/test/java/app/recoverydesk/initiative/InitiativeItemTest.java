package app.recoverydesk.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.failure.Message;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InitiativeItemTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2026, 12, 1);

    @Test
    void aFixItemNeedsAKindATitleAndADueDateAndSaysWhichAreMissing() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new InitiativeItem(42, null, " ", null, null, "bistro-manager"));
        assertEquals(List.of("kind", "title", "dueDate"), List.copyOf(refused.fields().keySet()));
        refused.fields().values().forEach(m -> assertEquals(Message.of("initiative.item.incomplete"), m));
    }

    @Test
    void withoutAnOwnerTheItemIsTheirsWhoAddedIt() {
        assertEquals("bistro-manager", new InitiativeItem(42, ItemKind.POLICY, "New rule", " ", DUE, "bistro-manager").getOwner());
        assertEquals("chef", new InitiativeItem(42, ItemKind.POLICY, " New rule ", " chef ", DUE, "bistro-manager").getOwner());
    }

    @Test
    void aTrainingIsDoneOnlyWithWhoWasTrained() {
        InitiativeItem training = new InitiativeItem(42, ItemKind.TRAINING, "Soup course", null, DUE, "m");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> training.complete("  ", NOW));
        assertEquals(Message.of("initiative.item.trained"), refused.fields().get("trained"));
        assertFalse(training.isDone());
        assertNull(training.getCompletedAt());
        training.complete(" Ola, Kari ", NOW);
        assertTrue(training.isDone());
        assertEquals("Ola, Kari", training.getTrained());
    }

    @Test
    void completingAgainKeepsWhenTheWorkWasFirstDone() {
        InitiativeItem item = new InitiativeItem(42, ItemKind.SYSTEM_PROCESS, "New burner", null, DUE, "m");
        item.complete(null, NOW);
        item.complete("nobody", NOW.plusSeconds(3600));
        assertEquals(NOW, item.getCompletedAt(), "the fix cannot be moved later by recording it again");
        assertEquals("nobody", item.getTrained());
    }
}
