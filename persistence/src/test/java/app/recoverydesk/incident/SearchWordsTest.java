package app.recoverydesk.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void wordsAreLowerCaseWithoutAccentsPunctuationOrShortWords() {
        assertEquals(List.of("cold", "soup", "the", "cafe", "table"),
                List.copyOf(SearchWords.of("Cold soup at the Café, table 12!", null)));
    }

    @Test
    void eachWordIsIndexedOnceAcrossAllTexts() {
        assertEquals(List.of("soup", "cold", "refund"),
                List.copyOf(SearchWords.of("Soup cold", "A refund", "soup, COLD")));
    }

    @Test
    void lettersOfEveryLanguageAreKept() {
        assertEquals(List.of("kald", "suppe", "grunerløkka", "zimna", "zupa", "łyzka", "холодныи", "суп"),
                List.copyOf(SearchWords.of("Kald suppe på Grünerløkka", "zimna zupa, łyżka", "Холодный суп")));
    }

    @Test
    void longWordsAreCutToTheColumnWidth() {
        String word = "x".repeat(60);
        assertEquals(List.of("x".repeat(SearchWords.MAX_LENGTH)), List.copyOf(SearchWords.of(word)));
    }

    @Test
    void aCustomerIsFoundByNameEmailAndPhoneWithOrWithoutTheCountryCode() {
        List<String> words = List.copyOf(SearchWords.ofCustomer("Anna Berg", "+47 912 34 567"));
        assertEquals(List.of("anna", "berg", "912", "567", "4791234567", "791234567", "91234567", "1234567", "234567"),
                words);
        assertEquals(List.of("anna", "berg", "example", "com"),
                List.copyOf(SearchWords.ofCustomer(null, "Anna.Berg@example.com")));
        assertEquals(List.of(), List.copyOf(SearchWords.ofCustomer(null, null)), "an erased customer has no words");
    }

    @Test
    void aPhoneNumberSearchedIsOneWordOfItsDigits() {
        assertEquals(List.of("91234567"), List.copyOf(SearchWords.ofSearch("912 34 567")));
        assertEquals(List.of("4791234567"), List.copyOf(SearchWords.ofSearch("+47 912-34-567")));
        assertEquals(List.of("room", "412"), List.copyOf(SearchWords.ofSearch("room 412")), "not a phone number");
        assertEquals(List.of("412"), List.copyOf(SearchWords.ofSearch("412")), "too short for a phone number");
    }

    @Test
    void aCaseIsFoundByItsTextsAndItsCustomer() {
        assertEquals(List.of("cold", "soup", "anna", "berg"),
                List.copyOf(SearchWords.ofCase("Cold soup", null, null, "Anna Berg", null)));
    }
}
