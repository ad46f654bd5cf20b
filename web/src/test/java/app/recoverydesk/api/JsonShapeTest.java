package app.recoverydesk.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.recoverydesk.failure.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON that does not fit its Java type is refused naming the field, before JSON-B could round or wrap it. */
class JsonShapeTest {

    public enum Colour { RED, GREEN }

    public record Inner(int count, String label) {
    }

    public record Body(Long id, int small, Integer boxed, String text, boolean flag, Colour colour, Instant at,
                       LocalDate day, List<Long> ids, Set<String> names, Map<String, String> texts, Inner inner) {
    }

    /** A JavaBean with private fields and setters, as most request bodies are. */
    public static class Bean {
        private long version;
        public String open;

        public void setVersion(long version) {
            this.version = version;
        }

        public long getVersion() {
            return version;
        }
    }

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    private static Set<String> refused(String text, Class<?> type) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> JsonShape.check(json(text), type));
        return e.fields().keySet();
    }

    @Test
    void fittingJsonPasses() {
        assertDoesNotThrow(() -> JsonShape.check(json("""
                {"id": 9223372036854775807, "small": -2147483648, "boxed": null, "text": "x", "flag": true,
                 "colour": "RED", "at": "2026-11-25T12:00:00Z", "day": "2026-11-25", "ids": [1, 2],
                 "names": ["a"], "texts": {"nb": "b"}, "inner": {"count": 1, "label": null}, "unknown": [1, {}]}
                """), Body.class));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"id\": 18446744073709551618}|id",
            "{\"id\": 9223372036854775808}|id",
            "{\"id\": 1.5}|id",
            "{\"id\": 1e999999999}|id",
            "{\"id\": \"1\"}|id",
            "{\"small\": 2147483648}|small",
            "{\"small\": null}|small",
            "{\"boxed\": -2147483649}|boxed",
            "{\"text\": 5}|text",
            "{\"text\": {}}|text",
            "{\"flag\": \"true\"}|flag",
            "{\"colour\": \"BLUE\"}|colour",
            "{\"colour\": 1}|colour",
            "{\"at\": \"yesterday\"}|at",
            "{\"day\": \"2026-13-01\"}|day",
            "{\"ids\": 1}|ids",
            "{\"ids\": [1, \"x\"]}|ids",
            "{\"names\": [1]}|names",
            "{\"texts\": []}|texts",
            "{\"texts\": {\"nb\": 1}}|texts",
            "{\"inner\": 1}|inner",
            "{\"inner\": {\"count\": 18446744073709551618}}|count",
            "[]|body",
            "\"text\"|body"})
    void misfitNamesTheField(String text, String field) {
        assertEquals(Set.of(field), refused(text, Body.class));
    }

    @Test
    void everyMisfitIsNamedAtOnce() {
        assertEquals(Set.of("id", "text", "flag"), refused("{\"id\": \"x\", \"text\": 1, \"flag\": 0}", Body.class));
    }

    @Test
    void beanPropertiesAreCheckedBySetterAndPublicField() {
        assertEquals(Set.of("version"), refused("{\"version\": 18446744073709551617}", Bean.class));
        assertEquals(Set.of("open"), refused("{\"open\": false}", Bean.class));
        assertDoesNotThrow(() -> JsonShape.check(json("{\"version\": 3, \"open\": \"x\"}"), Bean.class));
    }
}
