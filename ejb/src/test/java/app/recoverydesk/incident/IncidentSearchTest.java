package app.recoverydesk.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentSearchTest {

    @Test
    void everyWordMustMatchAsAPrefixAndOperatorsAreDropped() {
        assertEquals(List.of("cold%", "sou%"), IncidentSearch.prefixes("Cold sou"));
        assertEquals(List.of("cold%", "soup%"), IncidentSearch.prefixes("-cold \"soup\" @> %_"));
        assertEquals(List.of(), IncidentSearch.prefixes("a b"));
        assertEquals(List.of(), IncidentSearch.prefixes(null));
        assertEquals(List.of("kald%", "suppe%", "cafe%"), IncidentSearch.prefixes("kald suppe, Café"));
    }
}
