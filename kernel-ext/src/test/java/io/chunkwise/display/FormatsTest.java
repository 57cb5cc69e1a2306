package io.chunkwise.display;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormatsTest {
    @ParameterizedTest(name = "{0} bytes read {1}")
    @CsvSource(delimiter = '|', value = {
        "3200000000 | 2.98 GiB",   // Dask's 20000x20000 float64
        "8000000    | 7.63 MiB",   // Dask's 1000x1000 float64 chunk
        "0          | 0 B",
        "921        | 921 B",
        "922        | 0.90 kiB",   // switches at 0.9 of the unit, as Dask does
        "1024       | 1.00 kiB",
        "943718     | 921.60 kiB",
        "943719     | 0.90 MiB",
        "1099511627776 | 1.00 TiB",
        "1125899906842624 | 1.00 PiB",
        "9223372036854775807 | 8192.00 PiB"
    })
    void formatsBytesLikeDask(long n, String expected) {
        assertEquals(expected, Formats.bytes(n));
    }

    @ParameterizedTest(name = "{0} ns read {1}")
    @CsvSource(delimiter = '|', value = {
        "420          | 420 ns",
        "12000        | 12 µs",
        "850000000    | 850 ms",
        "999600000    | 1.0 s",
        "2300000000   | 2.3 s",
        "9960000000   | 10 s",
        "42000000000  | 42 s",
        "65000000000  | 1 min 05 s",
        "3599400000000 | 59 min 59 s",
        "7380000000000 | 2 h 03 min",
        "-1           | unknown"
    })
    void formatsDurationsForPeople(long nanos, String expected) {
        assertEquals(expected, Formats.duration(nanos));
    }

    @Test
    void formatsShapesAsPythonTuples() {
        assertEquals("()", Formats.shape(new long[0]));
        assertEquals("(5,)", Formats.shape(new long[] {5}));
        assertEquals("(20000, 20000)", Formats.shape(new long[] {20000, 20000}));
        assertEquals("(1000, 1000)", Formats.shape(new int[] {1000, 1000}));
    }

    @Test
    void pluralisesOnlyAboveOne() {
        assertEquals("1 chunk", Formats.plural(1, "chunk"));
        assertEquals("0 chunks", Formats.plural(0, "chunk"));
        assertEquals("1,000,000 chunks", Formats.plural(1_000_000, "chunk"));
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', value = {
        "0.3333333333 | 0.333333",
        "1234.5       | 1234.5",
        "2.0          | 2",
        "-0.00012     | -0.00012",
        "1.23456789e12 | 1.2346e+12",
        "1e-5         | 1e-05",
        "NaN          | nan",
        "-Infinity    | -inf"
    })
    void formatsNumbersInSixSignificantDigits(double v, String expected) {
        assertEquals(expected, Formats.number(v));
    }
}
