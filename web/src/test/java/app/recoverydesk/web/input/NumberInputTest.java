package app.recoverydesk.web.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Amounts as Norwegian, Polish, Croatian, Russian and English users write them, and what is refused. */
class NumberInputTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nb | 380,00 | 380.00", "nb | 380.00 | 380.00", "nb | 1 760,50 | 1760.50", "nb | 1\u00A0760,50 | 1760.50",
            "nb | 1\u202F760,50 | 1760.50", "pl | 420,50 | 420.50", "pl | 1 000 000 | 1000000", "ru | 12,5 | 12.5",
            "nb | 1.760 | 1.760", "hr | 1.760 | 1760", "hr | 1.760,50 | 1760.50", "hr | 380.00 | 380.00",
            "en | 1,760.50 | 1760.50", "en | 1,760 | 1760", "en | 380,00 | 380.00", "nb | ' 40 ' | 40", "pl | 0,5 | 0.5"})
    void readsWhatPeopleWrite(String language, String written, String canonical) {
        assertEquals(canonical, NumberInput.decimal(written, Locale.forLanguageTag(language)).orElseThrow().toPlainString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,3,4", "abc", "1 76,50", "-5", "380,", ",5", "1,2345", "1234567890", "1 760 ,50", "12a"})
    void refusesWhatCannotBeReadWithoutGuessing(String written) {
        assertTrue(NumberInput.decimal(written, Locale.forLanguageTag("nb")).isEmpty(), written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"nb | 1760.50 | 1 760,50", "pl | 380.00 | 380,00", "en | 1760.50 | 1,760.50",
            "hr | 1760.50 | 1.760,50", "ru | 30 | 30"})
    void showsTheValueBackInTheLanguage(String language, String canonical, String shown) {
        String formatted = NumberInput.format(new BigDecimal(canonical), Locale.forLanguageTag(language));
        assertEquals(shown, formatted.replaceAll("[\\u00A0\\u202F]", " "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"nb | 30 | 30", "pl | 1 500 | 1500"})
    void wholeNumbers(String language, String written, long value) {
        assertEquals(value, NumberInput.whole(written, Locale.forLanguageTag(language)).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"30,5", "3.5", "x"})
    void aCountHasNoFraction(String written) {
        assertTrue(NumberInput.whole(written, Locale.forLanguageTag("nb")).isEmpty(), written);
    }
}
