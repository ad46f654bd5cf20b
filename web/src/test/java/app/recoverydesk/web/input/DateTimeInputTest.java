package app.recoverydesk.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates and times as English, Norwegian, Polish, Croatian and Russian users write them, and what is refused. */
class DateTimeInputTest {

    private static final LocalDateTime CHRISTMAS_EVE = LocalDateTime.of(2026, 12, 24, 18, 30);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | 12/24/2026 6:30 PM", "en | 12/24/2026 18:30", "en | 12/24/26, 6:30 pm", "en | 2026-12-24 18:30",
            "nb | 24.12.2026 18:30", "nb | 24.12.2026, 18:30", "nb | 24.12.2026 kl. 18.30", "nb | 24.12.26 18:30",
            "nb | 2026-12-24T18:30", "pl | 24.12.2026 18:30", "pl | 24.12.2026, godz. 18:30", "pl | 24.12.2026 o 18:30",
            "hr | 24. 12. 2026. 18:30", "hr | 24.12.2026. u 18:30", "hr | 24.12.2026 18:30",
            "ru | 24.12.2026 18:30", "ru | 24.12.2026, 18:30", "ru | 24.12.2026 г. в 18:30", "ru | ' 24.12.2026  18:30 '"})
    void readsADateAndTimeAsTheLanguageWritesIt(String language, String written) {
        assertEquals(CHRISTMAS_EVE, DateTimeInput.dateTime(written, Locale.forLanguageTag(language)).orElseThrow(),
                language + ": " + written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | 12/24/2026 6:30 PM", "nb | 24.12.2026 18:30", "pl | 24.12.2026 18:30", "hr | 24. 12. 2026. 18:30",
            "ru | 24.12.2026 18:30"})
    void showsItBackTheSameWayWithTheYearInFull(String language, String shown) {
        Locale locale = Locale.forLanguageTag(language);
        assertEquals(shown, DateTimeInput.format(CHRISTMAS_EVE, locale));
        assertEquals(CHRISTMAS_EVE, DateTimeInput.dateTime(shown, locale).orElseThrow(), "what is shown reads back");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | 3/4/2026 | 2026-03-04", "nb | 3.4.2026 | 2026-04-03", "pl | 03.04.2026 | 2026-04-03",
            "hr | 3. 4. 2026. | 2026-04-03", "ru | 03.04.2026 | 2026-04-03", "nb | 2026-04-03 | 2026-04-03"})
    void readsADayInTheLanguagesOrder(String language, String written, String day) {
        Locale locale = Locale.forLanguageTag(language);
        assertEquals(LocalDate.parse(day), DateTimeInput.date(written, locale).orElseThrow(), language + ": " + written);
        assertEquals(LocalDate.parse(day), DateTimeInput.date(DateTimeInput.format(LocalDate.parse(day), locale), locale)
                .orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"31.02.2026 10:00", "24.12.2026", "24.12.2026 25:00", "24.12.2026 18:60", "tomorrow",
            "24.12.2026 18:30 extra", "24.12.2026 18", "24.12.202 18:30", "13.13.2026 10:00", "24.12.2026 13:00 pm",
            "1.2.3.4.5.6", "24,12,2026 18:30:00", ""})
    void refusesWhatIsNoRealMomentInsteadOfGuessing(String written) {
        assertTrue(DateTimeInput.dateTime(written, Locale.forLanguageTag("nb")).isEmpty(), written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"24.12.2026 18:30", "2026-13-01", "12.2026", "a.b.c"})
    void aDayIsOnlyADay(String written) {
        assertTrue(DateTimeInput.date(written, Locale.forLanguageTag("pl")).isEmpty(), written);
    }
}
