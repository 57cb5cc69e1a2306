package io.chunkwise.io.zarr;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chunkwise.array.Region;
import io.chunkwise.io.npy.ArrayBytes;
import io.chunkwise.io.npy.Python;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and unsupported Zarr arrays are refused with messages naming the file, the problem and the fix. */
class ZarrErrorsTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void writeWithZarr() {
        Python.assumeModules("numpy", "zarr");
        Python.run("""
                import sys, numpy as np, zarr, numcodecs
                d = sys.argv[1]
                a = np.arange(100, dtype='<f8').reshape(10, 10)
                for name, comp in [('zlib', numcodecs.Zlib(level=1)), ('gzip', numcodecs.GZip(level=1)), ('raw', None)]:
                    zarr.open(f'{d}/{name}', mode='w', shape=a.shape, chunks=(5, 5), dtype=a.dtype, compressor=comp)[...] = a
                zarr.open(d + '/fortran', mode='w', shape=a.shape, chunks=(5, 5), dtype=a.dtype, order='F', compressor=None)[...] = a
                zarr.open(d + '/blosc', mode='w', shape=a.shape, chunks=(5, 5), dtype=a.dtype)[...] = a
                zarr.open(d + '/delta', mode='w', shape=a.shape, chunks=(5, 5), dtype=a.dtype, compressor=None,
                          filters=[numcodecs.Delta(dtype='<f8')])[...] = a
                zarr.open(d + '/complex', mode='w', shape=(3,), chunks=(3,), dtype='<c16', compressor=None)[...] = 1j
                zarr.open_group(d + '/group', mode='w').create_dataset('x', shape=(2,), dtype='<i4')
                """, dir);
    }

    private static void assertMessage(RuntimeException e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "message lacks '" + p + "': " + e.getMessage());
        }
    }

    private static Object readAll(Path store) {
        ZarrSource src = new ZarrSource(store);
        return src.read(ArrayBytes.whole(src.shape()));
    }

    private static Path copy(String from, String to) throws IOException {
        Path target = dir.resolve(to);
        Files.createDirectories(target);
        try (var files = Files.list(dir.resolve(from))) {
            for (Path p : files.toList()) {
                Files.copy(p, target.resolve(p.getFileName()));
            }
        }
        return target;
    }

    @Test
    void rejectsACorruptZlibChunkNamingIt() throws IOException {
        Path store = copy("zlib", "bad_zlib");
        byte[] chunk = Files.readAllBytes(store.resolve("1.0"));
        Arrays.fill(chunk, 2, chunk.length, (byte) 0x5A);
        Files.write(store.resolve("1.0"), chunk);
        ZarrSource src = new ZarrSource(store);
        src.read(new Region(new long[] {0, 0}, new int[] {5, 10})); // the intact chunks still read
        var e = assertThrows(MalformedZarrException.class, () -> readAll(store));
        assertMessage(e, store.resolve("1.0").toString(), "corrupt", "zlib(level 1)", "[5, 5]", "<f8", "200 bytes");
    }

    @Test
    void rejectsATruncatedGzipChunk() throws IOException {
        Path store = copy("gzip", "bad_gzip");
        byte[] chunk = Files.readAllBytes(store.resolve("0.1"));
        Files.write(store.resolve("0.1"), Arrays.copyOf(chunk, chunk.length / 2));
        var e = assertThrows(MalformedZarrException.class, () -> readAll(store));
        assertMessage(e, store.resolve("0.1").toString(), "corrupt", "gzip");
    }

    @Test
    void rejectsAnUncompressedChunkOfTheWrongSize() throws IOException {
        Path store = copy("raw", "bad_raw");
        Files.write(store.resolve("1.1"), new byte[199]);
        var e = assertThrows(MalformedZarrException.class, () -> readAll(store));
        assertMessage(e, store.resolve("1.1").toString(), "holds 199 bytes", "uncompressed data", "200 bytes");
    }

    @Test
    void rejectsFortranOrder() {
        Path store = dir.resolve("fortran");
        var e = assertThrows(UnsupportedZarrException.class, () -> new ZarrSource(store));
        assertMessage(e, store.resolve(".zarray").toString(), "Fortran order", "order='C'");
    }

    @Test
    void rejectsAMissingZarray() throws IOException {
        Path store = Files.createDirectories(dir.resolve("empty"));
        var e = assertThrows(MalformedZarrException.class, () -> new ZarrSource(store));
        assertMessage(e, store.toString(), "not a Zarr v2 array", ".zarray");
        var missing = assertThrows(MalformedZarrException.class, () -> new ZarrSource(dir.resolve("nowhere")));
        assertMessage(missing, "nowhere", "does not exist");
    }

    @Test
    void explainsThatAGroupIsNotAnArray() {
        var e = assertThrows(MalformedZarrException.class, () -> new ZarrSource(dir.resolve("group")));
        assertMessage(e, "group", "Zarr group", "open one of its arrays");
    }

    @Test
    void rejectsUnsupportedCompressorsFiltersAndTypes() {
        var blosc = assertThrows(UnsupportedZarrException.class, () -> new ZarrSource(dir.resolve("blosc")));
        assertMessage(blosc, dir.resolve("blosc/.zarray").toString(), "blosc", "zlib and gzip", "numcodecs.Zlib");
        var delta = assertThrows(UnsupportedZarrException.class, () -> new ZarrSource(dir.resolve("delta")));
        assertMessage(delta, dir.resolve("delta/.zarray").toString(), "filters", "delta", "filters=None");
        var complex = assertThrows(UnsupportedZarrException.class, () -> new ZarrSource(dir.resolve("complex")));
        assertMessage(complex, dir.resolve("complex/.zarray").toString(), "<c16", "not supported", "astype");
    }

    @Test
    void rejectsInvalidJson() throws IOException {
        Path store = copy("raw", "bad_json");
        String text = Files.readString(store.resolve(".zarray"));
        Files.writeString(store.resolve(".zarray"), text.replace("\"shape\":", "\"shape\""));
        var e = assertThrows(MalformedZarrException.class, () -> new ZarrSource(store));
        assertMessage(e, store.resolve(".zarray").toString(), "not valid JSON", "expected ':'");
    }

    @Test
    void rejectsChunksThatDoNotMatchTheShape() throws IOException {
        Path store = copy("raw", "bad_chunks");
        String text = Files.readString(store.resolve(".zarray")).replaceAll("\"chunks\": \\[[^]]*]", "\"chunks\": [5]");
        Files.writeString(store.resolve(".zarray"), text);
        var e = assertThrows(MalformedZarrException.class, () -> new ZarrSource(store));
        assertMessage(e, store.resolve(".zarray").toString(), "1 chunk lengths [5]", "2-d shape [10, 10]");
    }
}
