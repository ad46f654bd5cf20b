package app.recoverydesk.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignatureTest {

    @Test
    void isTheLowercaseHexHmacSha256OfTheBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertEquals("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                Signature.of("Jefe", "what do ya want for nothing?"));
    }

    @Test
    void newSecretsAreLongAndDifferent() {
        String a = Signature.newSecret();
        assertTrue(a.length() >= Signature.MIN_SECRET, a);
        assertNotEquals(a, Signature.newSecret());
    }
}
