package app.recoverydesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void anAddressIsOne_strippedOfSpace() {
        assertEquals(Optional.of("kari.nordmann@example.no"), EmailAddress.of("  kari.nordmann@example.no "));
        assertEquals(Optional.of("o'brien+desk@mail.example.co.uk"), EmailAddress.of("o'brien+desk@mail.example.co.uk"));
    }

    @Test
    void phoneNumbersNamesAndBrokenAddressesAreNot() {
        for (String contact : new String[] {"+47 912 34 567", "Kari Nordmann", "kari@", "@example.no", "kari@example",
                "kari@@example.no", "kari @example.no", "Kari <kari@example.no>", "kari@example.no, ola@example.no", "",
                "a".repeat(250) + "@example.no"}) {
            assertEquals(Optional.empty(), EmailAddress.of(contact), contact);
        }
        assertEquals(Optional.empty(), EmailAddress.of(null));
    }
}
