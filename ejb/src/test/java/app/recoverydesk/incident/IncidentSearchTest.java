package app.recoverydesk.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IncidentSearchTest {

    @Test
    void everyWordMustMatchAsAPrefixAndOperatorsAreDropped() {
        assertEquals("+cold* +sou*", IncidentSearch.booleanModeTerms("Cold sou"));
        assertEquals("+cold* +soup*", IncidentSearch.booleanModeTerms("-cold \"soup\" @>"));
        assertEquals("", IncidentSearch.booleanModeTerms("a b"));
        assertEquals("", IncidentSearch.booleanModeTerms(null));
        assertEquals("+kald* +suppe*", IncidentSearch.booleanModeTerms("kald suppe"));
    }
}
