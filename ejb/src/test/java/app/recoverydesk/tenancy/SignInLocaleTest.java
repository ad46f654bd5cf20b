package app.recoverydesk.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SignInLocaleTest {

    @Test
    void keycloakNamesNorwegianNoAndTheOtherLanguagesAsTheyAre() {
        assertEquals(List.of("no", "no", "en", "pl", "hr", "ru"), List.of("nb", "nn", "en", "pl", "hr", "ru").stream()
                .map(tag -> KeycloakAdmin.signInLocale(Locale.forLanguageTag(tag))).toList());
    }
}
