package io.chunkwise.io.npy;

import static io.chunkwise.io.npy.ArrayBytes.assertSameElements;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads files written by NumPy and compares every element with NumPy's own bytes. */
class NpySourceTest {
    /** name:descr:shape:how (how = np.save, or a format version for write_array). */
    private static final String[] CASES = {
        "f8_3d:<f8:3x4x5:save", "f4_1d:<f4:7:save", "u2:<u2:100x37:save", "u1:|u1:5x6:save",
        "b1:|b1:4x9:save", "i4_be:>i4:6x5:save", "i8_0d:<i8::save", "u4_empty:<u4:0x3:save",
        "f8_be:>f8:2x3x2:save", "i2:<i2:11x13:save", "i1:|i1:50:save", "u8:<u8:9x2:save",
        "f8_v2:<f8:4x6:2.0", "u2_v3:>u2:5x5:3.0"};

    private static final String WRITE = """
            import sys, numpy as np
            d = sys.argv[1]
            rng = np.random.default_rng(7)
            for spec in sys.argv[2:]:
                name, descr, shape, how = spec.split(':')
                shape = tuple(int(s) for s in shape.split('x')) if shape else ()
                dt = np.dtype(descr)
                n = int(np.prod(shape))
                if dt.kind == 'b':
                    a = rng.integers(0, 2, n).astype(bool)
                elif dt.kind == 'f':
                    a = rng.normal(0, 1e3, n).astype(dt)
                    a[::7] = np.nan
                else:
                    info = np.iinfo(dt)
                    a = rng.integers(info.min, info.max, n, dtype=dt.newbyteorder('='), endpoint=True).astype(dt)
                a = a.reshape(shape)
                path = f'{d}/{name}.npy'
                if how == 'save':
                    np.save(path, a)
                else:
                    with open(path, 'wb') as f:
                        np.lib.format.write_array(f, a, version=tuple(int(v) for v in how.split('.')))
                with open(f'{d}/{name}.bin', 'wb') as f:
                    f.write(a.astype(dt.newbyteorder('<')).tobytes())
                print(name, dt.name)
            """;

    @TempDir
    static Path dir;
    private static final Map<String, DType> DTYPES = new HashMap<>();

    @BeforeAll
    static void writeWithNumpy() {
        Python.assumeModules("numpy");
        List<Object> args = new ArrayList<>(List.of(dir));
        args.addAll(List.of(CASES));
        for (String line : Python.run(WRITE, args.toArray()).strip().split("\n")) {
            String[] f = line.split(" ");
            DTYPES.put(f[0], DType.parse(f[1]));
        }
    }

    private static String[] spec(String name) {
        for (String c : CASES) {
            if (c.startsWith(name + ":")) {
                return c.split(":", -1);
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static long[] shapeOf(String text) {
        if (text.isEmpty()) {
            return new long[0];
        }
        String[] p = text.split("x");
        long[] s = new long[p.length];
        for (int i = 0; i < p.length; i++) {
            s[i] = Long.parseLong(p[i]);
        }
        return s;
    }

    @ParameterizedTest
    @ValueSource(strings = {"f8_3d", "f4_1d", "u2", "u1", "b1", "i4_be", "i8_0d", "u4_empty", "f8_be", "i2", "i1",
        "u8", "f8_v2", "u2_v3"})
    void readsTheWholeArrayAsNumpyHoldsIt(String name) {
        String[] spec = spec(name);
        NpySource src = new NpySource(dir.resolve(name + ".npy"));
        assertEquals(DTYPES.get(name), src.dtype(), "dtype of " + name);
        assertArrayEquals(shapeOf(spec[2]), src.shape(), "shape of " + name);
        int major = spec[3].equals("save") ? 1 : Integer.parseInt(spec[3].substring(0, 1));
        assertEquals(major, src.header().major(), "format version of " + name);
        Object expected = ArrayBytes.readDump(dir.resolve(name + ".bin"), src.dtype());
        assertSameElements(expected, src.read(ArrayBytes.whole(src.shape())), src.dtype(), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"f8_3d", "u2", "b1", "i4_be", "f8_be", "i8_0d", "u4_empty", "u2_v3"})
    void readsAnyRegionAsTheSameSliceOfTheWholeArray(String name) {
        NpySource src = new NpySource(dir.resolve(name + ".npy"));
        Object whole = ArrayBytes.readDump(dir.resolve(name + ".bin"), src.dtype());
        SplittableRandom r = new SplittableRandom(name.hashCode());
        for (int i = 0; i < 40; i++) {
            Region region = ArrayBytes.randomRegion(src.shape(), r);
            assertSameElements(ArrayBytes.slice(whole, src.shape(), region, src.dtype()), src.read(region),
                    src.dtype(), name + " region " + region);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {8, 24, 64, 1000})
    void readsRunsThatCrossMappingSegments(long segmentBytes) {
        for (String name : new String[] {"f8_3d", "u2", "i4_be", "u1"}) {
            NpySource src = new NpySource(dir.resolve(name + ".npy"), segmentBytes);
            Object whole = ArrayBytes.readDump(dir.resolve(name + ".bin"), src.dtype());
            assertSameElements(whole, src.read(ArrayBytes.whole(src.shape())), src.dtype(), name + " whole");
            SplittableRandom r = new SplittableRandom(segmentBytes);
            for (int i = 0; i < 20; i++) {
                Region region = ArrayBytes.randomRegion(src.shape(), r);
                assertSameElements(ArrayBytes.slice(whole, src.shape(), region, src.dtype()), src.read(region),
                        src.dtype(), name + " region " + region + " with " + segmentBytes + "-byte segments");
            }
        }
    }

    @Test
    void concurrentReadsOfOneSourceAgree() throws Exception {
        NpySource src = new NpySource(dir.resolve("u2.npy"), 40);
        Object whole = ArrayBytes.readDump(dir.resolve("u2.bin"), src.dtype());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                SplittableRandom r = new SplittableRandom(t);
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        Region region = ArrayBytes.randomRegion(src.shape(), r);
                        assertSameElements(ArrayBytes.slice(whole, src.shape(), region, src.dtype()),
                                src.read(region), src.dtype(), "concurrent region " + region);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rejectsRegionsOutsideTheArray() {
        NpySource src = new NpySource(dir.resolve("u2.npy"));
        var e = assertThrows(IndexOutOfBoundsException.class,
                () -> src.read(new Region(new long[] {90, 0}, new int[] {20, 5})));
        assertEquals(true, e.getMessage().contains("u2.npy") && e.getMessage().contains("[90:110, 0:5]"),
                e.getMessage());
    }
}
