package app.recoverydesk.web.volume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.recoverydesk.failure.InvalidInputException;
import app.recoverydesk.failure.Message;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VolumeCsvTest {

    private static final Locale NB = Locale.forLanguageTag("nb");
    private static final Locale HR = Locale.forLanguageTag("hr");

    private static List<VolumeCsv.Row> read(String text, Locale locale) {
        return VolumeCsv.read(text.getBytes(StandardCharsets.UTF_8), locale, "file");
    }

    private static Map<String, Message> refusal(String text, Locale locale) {
        return assertThrows(InvalidInputException.class, () -> read(text, locale)).fields();
    }

    @Test
    void isoDatesWithAHeaderAndWithout() {
        List<VolumeCsv.Row> expected = List.of(new VolumeCsv.Row(2, null, LocalDate.of(2026, 11, 1), 120),
                new VolumeCsv.Row(3, null, LocalDate.of(2026, 11, 2), 95));
        assertEquals(expected, read("date,units\n2026-11-01,120\n2026-11-02,95\n", Locale.ENGLISH));
        assertEquals(List.of(new VolumeCsv.Row(1, null, LocalDate.of(2026, 11, 1), 120)), read("2026-11-01,120", Locale.ENGLISH));
    }

    @Test
    void aSpreadsheetInTheUsersLanguage() {
        // Norwegian Excel: semicolons, a byte-order mark, CRLF, dd.MM.yyyy and a no-break space grouping thousands
        assertEquals(List.of(new VolumeCsv.Row(2, null, LocalDate.of(2026, 11, 30), 1760)),
                read("\uFEFFdato;enheter\r\n30.11.2026;1\u00A0760\r\n", NB));
        assertEquals(List.of(new VolumeCsv.Row(1, null, LocalDate.of(2026, 11, 30), 1760)), read("30. 11. 2026.;1.760", HR));
        assertEquals(List.of(new VolumeCsv.Row(1, null, LocalDate.of(2026, 11, 30), 1760)),
                read("11/30/2026,\"1,760\"", Locale.ENGLISH));
    }

    @Test
    void aLocationColumnIsPassedOnAsWritten() {
        assertEquals(List.of(new VolumeCsv.Row(2, "Bistro Nord, Grünerløkka", LocalDate.of(2026, 11, 1), 80)),
                read("location,date,units\n\"Bistro Nord, Grünerløkka\",2026-11-01,80", Locale.ENGLISH));
    }

    @Test
    void aBadLineRefusesTheFileNamingTheLineAndTheField() {
        assertEquals(Map.of("units", Message.of("volume.line.units", 3, "-5")),
                refusal("date,units\n2026-11-01,120\n2026-11-02,-5\n2026-11-03,100", Locale.ENGLISH));
        assertEquals(Map.of("date", Message.of("volume.line.date", 2, "2026-02-30")),
                refusal("2026-11-01,120\n2026-02-30,10", Locale.ENGLISH));
        assertEquals(Map.of("units", Message.of("volume.line.units", 1, "12.5")), refusal("2026-11-01;12.5", NB));
        assertEquals(Map.of("file", Message.of("volume.csv.columns", 1, 4)), refusal("a1,2026-11-01,5,6", Locale.ENGLISH));
    }

    @Test
    void numbersPast64BitsOrPastNineDigitsAreRefused() {
        assertEquals(Map.of("units", Message.of("volume.line.units", 1, "18446744073709551618")),
                refusal("2026-11-01,18446744073709551618", Locale.ENGLISH));
        assertEquals(Map.of("units", Message.of("volume.line.units", 1, "1000000000")),
                refusal("2026-11-01,1000000000", Locale.ENGLISH));
        assertEquals(999_999_999L, read("2026-11-01,999999999", Locale.ENGLISH).get(0).units());
    }

    @Test
    void anEmptyFileAFileOfOnlyAHeaderAndBytesThatAreNotUtf8() {
        assertEquals(Map.of("file", Message.of("volume.empty")), refusal("", Locale.ENGLISH));
        assertEquals(Map.of("file", Message.of("volume.empty")), refusal("date,units\n\n", Locale.ENGLISH));
        Map<String, Message> latin1 = assertThrows(InvalidInputException.class, () -> VolumeCsv.read(
                new byte[] {'2', '0', '2', '6', '-', '1', '1', '-', '0', '1', ',', (byte) 0xE6}, NB, "file")).fields();
        assertEquals(Map.of("file", Message.of("volume.csv.utf8")), latin1);
    }

    @Test
    void atMostTenYearsOfDays() {
        StringBuilder file = new StringBuilder();
        LocalDate day = LocalDate.of(2010, 1, 1);
        for (int i = 0; i < 3700; i++) {
            file.append(day.plusDays(i)).append(',').append(i).append('\n');
        }
        assertEquals(3700, read(file.toString(), Locale.ENGLISH).size());
        file.append("2026-11-30,1\n");
        assertEquals(Map.of("file", Message.of("volume.tooMany", 3700)), refusal(file.toString(), Locale.ENGLISH));
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertEquals(Map.of("file", Message.of("volume.csv.quote", 1)), refusal("\"2026-11-01,5", Locale.ENGLISH));
    }
}
