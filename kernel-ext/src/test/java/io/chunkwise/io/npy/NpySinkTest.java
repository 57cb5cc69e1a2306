package io.chunkwise.io.npy;

import static io.chunkwise.io.npy.ArrayBytes.assertSameElements;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chunkwise.array.Chunks;
import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes arrays region by region, out of order and concurrently, and reads them back with numpy.load. */
class NpySinkTest {
    @TempDir
    Path dir;

    private record Case(String name, DType dtype, long[] shape, int... chunks) {
    }

    private static final List<Case> CASES = List.of(
            new Case("f8", DType.FLOAT64, new long[] {30, 41, 5}, 7, 10, 5),
            new Case("f4", DType.FLOAT32, new long[] {1000}, 64),
            new Case("u2", DType.UINT16, new long[] {100, 37}, 33, 37),
            new Case("u1", DType.UINT8, new long[] {9, 10}, 4, 3),
            new Case("b1", DType.BOOL, new long[] {17, 4}, 5, 2),
            new Case("i4", DType.INT32, new long[] {8, 9, 10}, 3),
            new Case("i8", DType.INT64, new long[] {12}, 5),
            new Case("u8", DType.UINT64, new long[] {3, 4}, 2),
            new Case("i1", DType.INT8, new long[] {6, 6}, 6, 1),
            new Case("i2", DType.INT16, new long[] {5, 7}, 2, 7),
            new Case("u4", DType.UINT32, new long[] {4, 4}, 4),
            new Case("zero_d", DType.FLOAT64, new long[0]),
            new Case("empty", DType.FLOAT32, new long[] {0, 3}, 1));

    /** Writes {@code data} (a whole C-order array) through a sink in shuffled regions on four threads. */
    static void writeInRegions(NpySink sink, Object data, DType dtype, long[] shape, int... chunks) throws Exception {
        Chunks grid = Chunks.normalize(shape, dtype, chunks);
        List<Region> regions = new ArrayList<>();
        for (long i = 0; i < grid.numChunks(); i++) {
            regions.add(grid.region(grid.unravel(i)));
        }
        Collections.shuffle(regions, new Random(42));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Region r : regions) {
                futures.add(pool.submit(() -> sink.write(r, ArrayBytes.slice(data, shape, r, dtype))));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void numpyLoadsWhatWeWriteIdentically() throws Exception {
        Python.assumeModules("numpy");
        List<Object> args = new ArrayList<>(List.of(dir));
        for (Case c : CASES) {
            Object data = ArrayBytes.randomBuffer(c.dtype, (int) count(c.shape), c.name.hashCode());
            NpySink sink = new NpySink(dir.resolve(c.name + ".npy"), c.shape, c.dtype);
            writeInRegions(sink, data, c.dtype, c.shape, c.chunks);
            sink.commit();
            Files.write(dir.resolve(c.name + ".expected"), ArrayBytes.toBytes(data, c.dtype));
            args.add(c.name);
        }
        String out = Python.run("""
                import sys, numpy as np
                d = sys.argv[1]
                for name in sys.argv[2:]:
                    a = np.load(f'{d}/{name}.npy')
                    with open(f'{d}/{name}.out', 'wb') as f:
                        f.write(a.astype(a.dtype.newbyteorder('<')).tobytes())
                    print(name, a.dtype.name, 'x'.join(str(s) for s in a.shape), a.flags['C_CONTIGUOUS'])
                """, args.toArray());
        String[] lines = out.strip().split("\n");
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            String[] f = lines[i].split(" ", -1);
            assertEquals(c.name, f[0]);
            assertEquals(c.dtype, DType.parse(f[1]), "dtype numpy sees in " + c.name);
            assertEquals(NpyHeader.shapeText(c.shape).replaceAll("[(), ]+", "x").replaceAll("^x|x$", ""),
                    f[2], "shape numpy sees in " + c.name);
            Object expected = ArrayBytes.readDump(dir.resolve(c.name + ".expected"), c.dtype);
            assertSameElements(expected, ArrayBytes.readDump(dir.resolve(c.name + ".out"), c.dtype), c.dtype, c.name);
        }
        assertEquals(List.of(), strayFiles(), "temporary files left behind");
    }

    @Test
    void headersAreAlignedAndSwitchToVersion2WhenTooLong() {
        for (Case c : CASES) {
            assertEquals(0, NpyHeader.encode(c.shape, c.dtype).length % NpyHeader.ALIGN, c.name);
            assertEquals(1, NpyHeader.encode(c.shape, c.dtype)[6], c.name);
        }
        long[] manyAxes = new long[25000];
        java.util.Arrays.fill(manyAxes, 1);
        byte[] h = NpyHeader.encode(manyAxes, DType.INT16);
        assertEquals(2, h[6], "a header over 64 KiB needs version 2.0");
        assertEquals(0, h.length % NpyHeader.ALIGN);
    }

    @Test
    void readsBackAVersion2FileItWrote() throws Exception {
        long[] manyAxes = new long[25000];
        java.util.Arrays.fill(manyAxes, 1);
        manyAxes[3] = 3;
        Path p = dir.resolve("many.npy");
        NpySink sink = new NpySink(p, manyAxes, DType.INT16);
        Region all = ArrayBytes.whole(manyAxes);
        sink.write(all, new short[] {1, -2, 3});
        sink.commit();
        NpySource src = new NpySource(p);
        assertEquals(2, src.header().major());
        assertArrayEquals(manyAxes, src.shape());
        assertArrayEquals(new short[] {1, -2, 3}, (short[]) src.read(all));
    }

    @Test
    void abortLeavesAnExistingTargetUntouchedAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("keep.npy");
        Files.writeString(target, "old content");
        NpySink sink = new NpySink(target, new long[] {10, 10}, DType.FLOAT64);
        sink.write(new Region(new long[] {0, 0}, new int[] {5, 10}), new double[50]);
        assertEquals(1, strayFiles().size(), "the temporary file exists while writing");
        sink.abort();
        assertEquals("old content", Files.readString(target));
        assertEquals(List.of(), strayFiles());
    }

    @Test
    void commitRefusesAnIncompleteArrayAndCleansUp() {
        Path target = dir.resolve("partial.npy");
        NpySink sink = new NpySink(target, new long[] {10, 10}, DType.INT32);
        sink.write(new Region(new long[] {0, 0}, new int[] {5, 10}), new int[50]);
        var e = assertThrows(IllegalStateException.class, sink::commit);
        assertTrue(e.getMessage().contains("50 of 100 elements") && e.getMessage().contains("partial.npy"),
                e.getMessage());
        assertTrue(Files.notExists(target));
        assertEquals(List.of(), strayFiles());
    }

    @Test
    void commitReplacesAnExistingFile() throws Exception {
        Path target = dir.resolve("replace.npy");
        Files.writeString(target, "old content");
        NpySink sink = new NpySink(target, new long[] {3}, DType.UINT8);
        sink.write(new Region(new long[] {0}, new int[] {3}), new byte[] {1, 2, (byte) 255});
        sink.commit();
        NpySource src = new NpySource(target);
        assertArrayEquals(new byte[] {1, 2, (byte) 255}, (byte[]) src.read(ArrayBytes.whole(src.shape())));
        assertEquals(List.of(), strayFiles());
    }

    @Test
    void rejectsBuffersOfTheWrongTypeOrSize() {
        NpySink sink = new NpySink(dir.resolve("x.npy"), new long[] {4}, DType.FLOAT32);
        Region r = new Region(new long[] {0}, new int[] {4});
        var e = assertThrows(IllegalArgumentException.class, () -> sink.write(r, new double[4]));
        assertTrue(e.getMessage().contains("float[]") && e.getMessage().contains("double[]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sink.write(r, new float[3]));
        assertThrows(IndexOutOfBoundsException.class,
                () -> sink.write(new Region(new long[] {2}, new int[] {4}), new float[4]));
        sink.abort();
    }

    @Test
    void rejectsATargetInAMissingDirectory() {
        Path target = dir.resolve("no/such/dir/x.npy");
        var e = assertThrows(IllegalArgumentException.class, () -> new NpySink(target, new long[] {1}, DType.INT8));
        assertTrue(e.getMessage().contains(target.toString()) && e.getMessage().contains("does not exist"),
                e.getMessage());
    }

    private List<Path> strayFiles() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static long count(long[] shape) {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        return n;
    }
}
