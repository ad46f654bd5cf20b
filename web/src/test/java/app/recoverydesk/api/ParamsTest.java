package app.recoverydesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.recoverydesk.failure.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Query numbers that are not whole 64-bit numbers are refused naming the parameter, never a 404. */
class ParamsTest {

    @Test
    void wholeNumbersAndAbsenceAreRead() {
        assertEquals(42L, Params.number("limit", " 42 "));
        assertEquals(Long.MAX_VALUE, Params.number("id", "9223372036854775807"));
        assertNull(Params.number("id", ""));
        assertNull(Params.number("id", null));
        assertEquals(50, Params.bounded("limit", null, 50, 1, 200, "page.bounds"));
        assertEquals(Set.of(1L, 2L), Params.numbers("location", Arrays.asList("1", "", null, "2")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "9223372036854775808", "18446744073709551618", "1e3", "0x10"})
    void anythingElseNamesTheParameter(String value) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Params.number("locationId", value));
        assertEquals(Set.of("locationId"), e.fields().keySet());
        assertEquals("param.number", e.fields().get("locationId").key());
    }

    @Test
    void outOfBoundsNamesTheParameterWithItsBoundsKey() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Params.bounded("limit", "201", 50, 1, 200, "page.bounds"));
        assertEquals("page.bounds", e.fields().get("limit").key());
        assertThrows(InvalidInputException.class, () -> Params.numbers("location", List.of("1", "x")));
    }
}
