package io.chunkwise.io.zarr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The strict JSON reader behind {@code .zarray}. */
class JsonTest {
    @Test
    void parsesTheValuesZarrMetadataUses() {
        Object v = Json.parse(" {\"a\": [1, -2, 3.5, 1e3, 18446744073709551615], \"b\": {\"c\": null},"
                + " \"d\": true, \"e\": \"x\\\"y\\u00e9\\n\", \"f\": []}\n");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", List.of(1L, -2L, 3.5, 1000.0, new BigInteger("18446744073709551615")));
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("c", null);
        expected.put("b", inner);
        expected.put("d", true);
        expected.put("e", "x\"yé\n");
        expected.put("f", List.of());
        assertEquals(expected, v);
    }

    @Test
    void quotesStringsItCanReadBack() {
        for (String s : Arrays.asList("plain", "with \"quotes\" and \\ and\nnewline", "\u0001")) {
            assertEquals(s, Json.parse(Json.quote(s)));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"a\": 1,}|expected a quoted key",
        "[1, 2,]|unexpected character ']'",
        "{\"a\": 1, \"a\": 2}|duplicate key \"a\"",
        "NaN|unexpected character 'N'",
        "01|unexpected text after the JSON value",
        "{\"a\" 1}|expected ':'",
        "\"open|unterminated string",
        "[1] [2]|unexpected text after the JSON value",
        "tru|unexpected character 't'",
        "1.|expected digits after '.'",
        "|the text ends where a value was expected"})
    void rejectsWhatIsNotStrictJsonNamingThePosition(String text, String problem) {
        var e = assertThrows(IllegalArgumentException.class, () -> Json.parse(text == null ? "" : text));
        assertTrue(e.getMessage().contains(problem) && e.getMessage().contains("at character"), e.getMessage());
    }
}
