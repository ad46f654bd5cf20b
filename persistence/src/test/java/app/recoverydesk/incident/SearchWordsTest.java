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
}
