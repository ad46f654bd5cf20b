package app.recoverydesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailTextsTest {

    private static final List<String> LANGUAGES = List.of("en", "nb", "pl", "hr", "ru");

    private static Properties file(String language) throws IOException {
        String name = "/app/recoverydesk/mail/mails" + (language.equals("en") ? "" : "_" + language) + ".properties";
        Properties p = new Properties();
        try (InputStream in = MailTextsTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyLanguageHasEveryTextOfItsOwn() throws IOException {
        Properties english = file("en");
        for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
            Properties own = file(language);
            assertEquals(english.keySet(), own.keySet(), language);
            for (String key : english.stringPropertyNames()) {
                if (!key.startsWith("greeting")) {
                    assertFalse(own.getProperty(key).equals(english.getProperty(key)), language + " " + key + " is English");
                }
            }
        }
    }

    @Test
    void textsAreFilledInTheirLanguage_andAnUnknownOneGetsEnglish() {
        assertEquals("Bistro Nord: fikk vi rettet det opp?", MailTexts.in("nb").text("invitation.subject", "Bistro Nord"));
        assertEquals("Bistro Nord: удалось ли нам всё исправить?", MailTexts.in("ru").text("invitation.subject", "Bistro Nord"));
        assertEquals("Bistro Nord: did we put it right?", MailTexts.in("de").text("invitation.subject", "Bistro Nord"));
        assertEquals("en", MailTexts.in("de").language());
        assertEquals("hr", MailTexts.in("hr").language());
    }

    @Test
    void caseNumbersAreWrittenWithoutGrouping_inEveryLanguage() {
        for (String language : LANGUAGES) {
            String subject = MailTexts.in(language).text("exception.subject", 12345L, "Refund", "99.00 NOK");
            assertTrue(subject.contains("#12345: Refund 99.00 NOK"), language + ": " + subject);
            String body = MailTexts.in(language).text("overdue.body", "Bistro", "Call back", 12345L, "today", "kari",
                    "http://x/y");
            assertTrue(body.contains("#12345") && body.contains("Call back") && body.contains("http://x/y"), body);
        }
    }
}
