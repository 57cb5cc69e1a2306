package io.chunkwise.notebook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Argument parsing of the magics through basekernel's MagicsArgs, and the usage errors they give. */
class MagicArgumentsTest {
    private static final String HIST_USAGE = "Usage: %hist EXPR [--bins N] [--range LO,HI] [--log]";
    private static final String HIST_OPTIONS = "Valid options: --bins N, --range LO,HI, --log.";

    private static List<String> words(String line) {
        return Arrays.asList(line.split(" "));
    }

    private static MagicUsageException histError(String line) {
        return assertThrows(MagicUsageException.class, () -> {
            MagicSpec.Parsed p = HistMagic.SPEC.parse(words(line));
            p.intKeyword("bins", HistMagic.DEFAULT_BINS, 1, HistMagic.MAX_BINS);
            HistMagic.range(p.keyword("range"));
        });
    }

    @Test
    void histTakesExpressionBinsRangeAndLog() {
        MagicSpec.Parsed p = HistMagic.SPEC.parse(words("x.mul(x) --bins 50 --range -1,1 --log"));
        assertEquals("x.mul(x)", p.expr());
        assertEquals(50, p.intKeyword("bins", 10, 1, 100));
        assertArrayEquals(new double[] {-1, 1}, HistMagic.range(p.keyword("range")));
        assertTrue(p.has("log"));
    }

    @Test
    void expressionWordsAreJoinedWithSpacesWherePlaced() {
        MagicSpec.Parsed p = HistMagic.SPEC.parse(
                words("Chunkwise.random(1, new long[]{10, 10}, 5) --bins=7 -l"));
        assertEquals("Chunkwise.random(1, new long[]{10, 10}, 5)", p.expr());
        assertEquals(7, p.intKeyword("bins", 10, 1, 100));
        assertTrue(p.has("log"), "-l is the short form of --log");
    }

    @Test
    void absentOptionsTakeTheirDefaults() {
        MagicSpec.Parsed p = HistMagic.SPEC.parse(List.of("x"));
        assertEquals(HistMagic.DEFAULT_BINS, p.intKeyword("bins", HistMagic.DEFAULT_BINS, 1, HistMagic.MAX_BINS));
        assertEquals(null, HistMagic.range(p.keyword("range")));
        assertFalse(p.has("log"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x --foo 3          | %hist: Unknown option 'foo'.",
        "x -q               | %hist: Unknown flag 'q'.",
        "x --bins 5 --bins 6 | %hist: 'bins' may only be specified once.",
        "x --bins           | %hist: 'bins' is an option but no value was supplied.",
        "x --bins abc       | %hist: --bins expects a whole number but got 'abc'.",
        "x --bins 0         | %hist: --bins must be between 1 and 100000 but got 0.",
        "x --range 1        | %hist: --range expects two numbers LO,HI (e.g. --range 0,1) but got '1'.",
        "x --range a,b      | %hist: --range expects two numbers LO,HI (e.g. --range 0,1) but got 'a,b'.",
        "x --range 2,1      | %hist: --range needs finite LO <= HI but got '2,1'.",
        "--bins 5           | %hist: missing the Java expression (EXPR).",
    })
    void badHistArgumentsListTheValidOptionsAndUsage(String line, String problem) {
        MagicUsageException e = histError(line.strip());
        assertEquals(problem.strip() + " " + HIST_OPTIONS + " " + HIST_USAGE, e.getMessage());
    }

    @Test
    void usageErrorsCarryNoStackTrace() {
        assertEquals(0, histError("x --foo 1").getStackTrace().length, "shown as a message, not a trace");
    }

    @Test
    void magicWithoutOptionsSaysSo() {
        MagicUsageException e = assertThrows(MagicUsageException.class,
                () -> ComputeMagic.SPEC.parse(words("x.sum() --bins 5")));
        assertEquals("%compute: Unknown option 'bins'. It takes no options. Usage: %compute EXPR", e.getMessage());
    }

    @Test
    void previewSizeIsChecked() {
        MagicSpec.Parsed p = PreviewMagic.SPEC.parse(words("band --size 8"));
        MagicUsageException e = assertThrows(MagicUsageException.class, () -> p.intKeyword("size", 512, 16, 4096));
        assertEquals("%preview: --size must be between 16 and 4096 but got 8. Valid options: --size PX."
                + " Usage: %preview EXPR [--size PX]", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fast       | %scheduler: unknown choice 'fast'. Valid choices: threads N, threads (one per core), sync.",
        "sync 2     | %scheduler: unknown choice 'sync 2'. Valid choices: threads N, threads (one per core), sync.",
        "threads x  | %scheduler: threads expects a whole number of threads but got 'x'.",
        "threads 0  | %scheduler: threads must be between 1 and 1024 but got 0.",
    })
    void badSchedulerChoicesListTheValidOnes(String line, String message) {
        MagicUsageException e = assertThrows(MagicUsageException.class, () -> SchedulerMagic.parse(words(line.strip())));
        assertEquals(message.strip() + " Usage: %scheduler [threads N | sync]", e.getMessage());
    }

    @Test
    void helpTakesNoArguments() {
        MagicUsageException e = assertThrows(MagicUsageException.class, () -> HelpMagic.SPEC.parse(List.of("all")));
        assertEquals("%chunkwise: unexpected argument 'all'. Usage: %chunkwise", e.getMessage());
    }
}
