package io.chunkwise.io.zarr;

import static io.chunkwise.io.npy.ArrayBytes.assertSameElements;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.Chunks;
import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import io.chunkwise.io.npy.ArrayBytes;
import io.chunkwise.io.npy.Python;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Reads arrays written by Python zarr and compares every element with what zarr itself reads. */
class ZarrSourceTest {
    /** name;dtype;shape;chunks;compressor;fill;separator;partial (write only the leading half of each axis). */
    private static final String[] CASES = {
        "f8_zlib;<f8;30,41;7,10;zlib;0;.;no", "f4_gzip;<f4;100;33;gzip;0;.;no", "u2_none;<u2;50,37,3;16,16,2;none;0;.;no",
        "i4_be;>i4;20,21;8,8;zlib;0;.;no", "b1_nested;|b1;17,9;5,4;gzip;0;/;no", "u1_nested;|u1;10,10;3,3;none;0;/;no",
        "i8_0d;<i8;;;zlib;0;.;no", "f8_missing;<f8;20,20;5,5;zlib;NaN;.;yes", "i2_fill;<i2;12,12;5,5;gzip;7;.;yes",
        "u8;<u8;9;4;zlib;0;.;no", "f8_empty;<f8;0,5;2,2;zlib;0;.;no", "i1_bigchunk;|i1;3,4;10,10;none;0;.;no",
        "u4_be;>u4;6,7;4,4;gzip;0;.;yes"};

    private static final String WRITE = """
            import sys, numpy as np, zarr, numcodecs
            d = sys.argv[1]
            rng = np.random.default_rng(11)
            tup = lambda s: tuple(int(v) for v in s.split(',')) if s else ()
            for spec in sys.argv[2:]:
                name, descr, shape, chunks, comp, fill, sep, partial = spec.split(';')
                shape, chunks, dt = tup(shape), tup(chunks), np.dtype(descr)
                compressor = {'zlib': numcodecs.Zlib(level=1), 'gzip': numcodecs.GZip(level=5), 'none': None}[comp]
                fill = float(fill) if dt.kind == 'f' else int(fill)
                z = zarr.open(f'{d}/{name}', mode='w', shape=shape, chunks=chunks, dtype=dt, compressor=compressor,
                              fill_value=fill, dimension_separator=sep)
                n = int(np.prod(shape))
                if dt.kind == 'b':
                    a = rng.integers(0, 2, n).astype(bool)
                elif dt.kind == 'f':
                    a = rng.normal(0, 1e3, n).astype(dt)
                else:
                    info = np.iinfo(dt)
                    a = rng.integers(info.min, info.max, n, dtype=dt.newbyteorder('='), endpoint=True)
                a = a.reshape(shape)
                if partial == 'yes':
                    box = tuple(slice(0, (s + 1) // 2) for s in shape)
                    z[box] = a[box]
                else:
                    z[...] = a
                whole = z[...]
                with open(f'{d}/{name}.bin', 'wb') as f:
                    f.write(np.asarray(whole).astype(dt.newbyteorder('<')).tobytes())
                print(name, dt.name)
            """;

    @TempDir
    static Path dir;
    private static final Map<String, DType> DTYPES = new HashMap<>();

    @BeforeAll
    static void writeWithZarr() {
        Python.assumeModules("numpy", "zarr");
        List<Object> args = new ArrayList<>(List.of(dir));
        args.addAll(List.of(CASES));
        for (String line : Python.run(WRITE, args.toArray()).strip().split("\n")) {
            DTYPES.put(line.split(" ")[0], DType.parse(line.split(" ")[1]));
        }
    }

    private static String[] spec(String name) {
        for (String c : CASES) {
            if (c.startsWith(name + ";")) {
                return c.split(";", -1);
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static long[] longs(String text) {
        return text.isEmpty() ? new long[0] : java.util.Arrays.stream(text.split(",")).mapToLong(Long::parseLong).toArray();
    }

    @ParameterizedTest
    @ValueSource(strings = {"f8_zlib", "f4_gzip", "u2_none", "i4_be", "b1_nested", "u1_nested", "i8_0d", "f8_missing",
        "i2_fill", "u8", "f8_empty", "i1_bigchunk", "u4_be"})
    void readsTheWholeArrayAsZarrReadsIt(String name) {
        String[] spec = spec(name);
        ZarrSource src = new ZarrSource(dir.resolve(name));
        assertEquals(DTYPES.get(name), src.dtype(), "dtype of " + name);
        assertArrayEquals(longs(spec[2]), src.shape(), "shape of " + name);
        assertArrayEquals(java.util.Arrays.stream(longs(spec[3])).mapToInt(l -> (int) l).toArray(), src.nativeBlock(),
                "native block of " + name);
        Object expected = ArrayBytes.readDump(dir.resolve(name + ".bin"), src.dtype());
        assertSameElements(expected, src.read(ArrayBytes.whole(src.shape())), src.dtype(), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"f8_zlib", "u2_none", "i4_be", "b1_nested", "f8_missing", "i2_fill", "i1_bigchunk", "i8_0d"})
    void readsAnyRegionAsTheSameSliceOfTheWholeArray(String name) {
        ZarrSource src = new ZarrSource(dir.resolve(name));
        Object whole = ArrayBytes.readDump(dir.resolve(name + ".bin"), src.dtype());
        SplittableRandom r = new SplittableRandom(name.hashCode());
        for (int i = 0; i < 40; i++) {
            Region region = ArrayBytes.randomRegion(src.shape(), r);
            assertSameElements(ArrayBytes.slice(whole, src.shape(), region, src.dtype()), src.read(region), src.dtype(),
                    name + " region " + region);
        }
    }

    @Test
    void missingChunksReadAsTheFillValue() {
        double[] data = (double[]) new ZarrSource(dir.resolve("f8_missing")).read(
                new Region(new long[] {15, 15}, new int[] {5, 5}));
        for (double v : data) {
            assertTrue(Double.isNaN(v), "a never-written chunk of an array with fill_value NaN reads NaN");
        }
    }

    @Test
    void aMissingChunkOfANullFillValueReadsAsZero() {
        Python.run("""
                import sys, zarr, numcodecs
                z = zarr.open(sys.argv[1], mode='w', shape=(7,), chunks=(3,), dtype='<i4', fill_value=None,
                              compressor=numcodecs.Zlib(level=1))
                z[:3] = [1, 2, 3]
                """, dir.resolve("null_fill"));
        ZarrSource src = new ZarrSource(dir.resolve("null_fill"));
        assertEquals(null, src.metadata().fillValue());
        assertArrayEquals(new int[] {1, 2, 3, 0, 0, 0, 0}, (int[]) src.read(ArrayBytes.whole(src.shape())));
    }

    @Test
    void concurrentReadsOfOneSourceAgree() throws Exception {
        ZarrSource src = new ZarrSource(dir.resolve("f8_zlib"));
        Object whole = ArrayBytes.readDump(dir.resolve("f8_zlib.bin"), src.dtype());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                SplittableRandom r = new SplittableRandom(t);
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        Region region = ArrayBytes.randomRegion(src.shape(), r);
                        assertSameElements(ArrayBytes.slice(whole, src.shape(), region, src.dtype()), src.read(region),
                                src.dtype(), "concurrent region " + region);
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

    @ParameterizedTest
    @ValueSource(strings = {"f8_zlib", "u2_none", "b1_nested", "i8_0d", "f8_empty"})
    void opensAsALazyArrayChunkedAlongTheZarrChunks(String name) {
        ChunkedArray x = Zarr.open(dir.resolve(name));
        int[] zarrChunks = new ZarrSource(dir.resolve(name)).nativeBlock();
        Chunks c = x.chunks();
        for (int a = 0; a < c.ndim(); a++) {
            for (int i = 0; i + 1 < c.count(a); i++) {
                assertEquals(0, c.length(a, i) % zarrChunks[a], name + ": chunk " + i + " along axis " + a
                        + " is not a multiple of the Zarr chunk " + zarrChunks[a]);
            }
        }
        Object expected = ArrayBytes.readDump(dir.resolve(name + ".bin"), x.dtype());
        assertSameElements(expected, x.compute().data(), x.dtype(), name + " computed");
        ChunkedArray small = Zarr.open(dir.resolve(name), 3);
        assertSameElements(expected, small.compute().data(), x.dtype(), name + " computed in chunks of 3");
    }
}
