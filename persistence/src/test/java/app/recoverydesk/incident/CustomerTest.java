package app.recoverydesk.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerTest {

    private final Instant now = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void contactsAreRecognisedWhateverTheirSpelling() {
        assertEquals(Customer.keyOf("Kari.Nordmann@Example.no"), Customer.keyOf(" kari.nordmann@example.no "));
        assertEquals(Customer.keyOf("+47 912 34 567"), Customer.keyOf("+47-91234567"));
        assertEquals(Optional.empty(), Customer.keyOf("  "));
    }

    @Test
    void withoutConsentNoContactIsKept() {
        Customer customer = new Customer("Kari", "kari@example.no", false, now);
        assertNull(customer.getContact());
        assertNull(customer.getConsentAt());
        customer.update(null, "kari@example.no", true, now);
        assertEquals("kari@example.no", customer.getContact());
        assertEquals(now, customer.getConsentAt());
        assertEquals("Kari", customer.getName(), "a missing name does not erase the known one");
    }
}
