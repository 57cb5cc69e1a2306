package io.chunkwise.io.npy;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad and unsupported files are refused with messages that name the file, the problem and the fix. */
class NpyErrorsTest {
    @TempDir
    static Path dir;
    private static byte[] good;

    @BeforeAll
    static void writeWithNumpy() throws IOException {
        Python.assumeModules("numpy");
        Python.run("""
                import sys, numpy as np
                d = sys.argv[1]
                np.save(d + '/good.npy', np.arange(100, dtype='<f8'))
                np.save(d + '/fortran.npy', np.asfortranarray(np.arange(6.0).reshape(2, 3)))
                np.save(d + '/complex.npy', np.ones(3, dtype='<c16'))
                np.save(d + '/text.npy', np.array(['ab', 'cde']))
                np.save(d + '/half.npy', np.ones(3, dtype='<f2'))
                np.save(d + '/structured.npy', np.zeros(2, dtype=[('x', '<i4'), ('y', '<f8')]))
                """, dir);
        good = Files.readAllBytes(dir.resolve("good.npy"));
    }

    private static void assertMessage(RuntimeException e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "message lacks '" + p + "': " + e.getMessage());
        }
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 9, 60, 128, 128 + 8 * 99 + 7})
    void rejectsTruncatedFile(int length) throws IOException {
        Path p = write("cut" + length + ".npy", Arrays.copyOf(good, length));
        var e = assertThrows(MalformedNpyException.class, () -> new NpySource(p));
        assertMessage(e, p.toString());
        assertTrue(e.getMessage().contains(length == 0 ? "it is empty" : "truncated"), e.getMessage());
    }

    @Test
    void namesTheAnnouncedAndActualSizesOfATruncatedDataSection() throws IOException {
        Path p = write("short.npy", Arrays.copyOf(good, good.length - 8));
        var e = assertThrows(MalformedNpyException.class, () -> new NpySource(p));
        assertMessage(e, p.toString(), "truncated", "(100,)", "<f8", "800 bytes", String.valueOf(good.length - 8));
    }

    @Test
    void rejectsFortranOrderWithTheFix() {
        Path p = dir.resolve("fortran.npy");
        var e = assertThrows(UnsupportedNpyException.class, () -> new NpySource(p));
        assertMessage(e, p.toString(), "Fortran order", "np.ascontiguousarray");
    }

    @ParameterizedTest
    @ValueSource(strings = {"complex:<c16", "text:<U3", "half:<f2", "structured:structured type"})
    void rejectsUnsupportedElementTypes(String nameAndDescr) {
        String[] f = nameAndDescr.split(":");
        Path p = dir.resolve(f[0] + ".npy");
        var e = assertThrows(UnsupportedNpyException.class, () -> new NpySource(p));
        assertMessage(e, p.toString(), f[1], "not supported", "f8", "astype");
    }

    @Test
    void rejectsFilesThatAreNotNpy() throws IOException {
        Path p = write("notes.npy", "just some text, long enough".getBytes(StandardCharsets.US_ASCII));
        var e = assertThrows(MalformedNpyException.class, () -> new NpySource(p));
        assertMessage(e, p.toString(), "not a .npy file", "NUMPY");
    }

    @Test
    void rejectsUnknownFormatVersions() throws IOException {
        byte[] b = good.clone();
        b[6] = 4;
        Path p = write("v4.npy", b);
        var e = assertThrows(UnsupportedNpyException.class, () -> new NpySource(p));
        assertMessage(e, p.toString(), "version 4.0", "1.0, 2.0 and 3.0");
    }

    @Test
    void rejectsAnAbsurdHeaderLengthBeforeReadingIt() throws IOException {
        byte[] b = good.clone();
        b[6] = 2;
        b[8] = b[9] = b[10] = b[11] = (byte) 0xF0;
        Path p = write("huge.npy", b);
        var e = assertThrows(MalformedNpyException.class, () -> new NpySource(p));
        assertMessage(e, p.toString(), "header of 4042322160 bytes", "corrupt");
    }

    @Test
    void rejectsAHeaderWithWrongKeys() throws IOException {
        String text = new String(good, StandardCharsets.ISO_8859_1).replace("'shape'", "'shap!'");
        Path p = write("keys.npy", text.getBytes(StandardCharsets.ISO_8859_1));
        var e = assertThrows(MalformedNpyException.class, () -> new NpySource(p));
        assertMessage(e, p.toString(), "'descr', 'fortran_order' and 'shape'");
    }

    @Test
    void rejectsAnUnparsableHeader() throws IOException {
        String text = new String(good, StandardCharsets.ISO_8859_1).replace("(100,)", "(100;)");
        Path p = write("syntax.npy", text.getBytes(StandardCharsets.ISO_8859_1));
        var e = assertThrows(MalformedNpyException.class, () -> new NpySource(p));
        assertMessage(e, p.toString(), "unreadable header", "expected ',' or ')'");
    }

    @Test
    void rejectsNegativeShapes() throws IOException {
        String text = new String(good, StandardCharsets.ISO_8859_1).replace("(100,)", "(-10,)");
        Path p = write("negative.npy", text.getBytes(StandardCharsets.ISO_8859_1));
        var e = assertThrows(MalformedNpyException.class, () -> new NpySource(p));
        assertMessage(e, p.toString(), "non-negative");
    }
}
