package io.chunkwise.io.zarr;

import static io.chunkwise.io.npy.ArrayBytes.assertSameElements;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chunkwise.Chunkwise;
import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import io.chunkwise.io.npy.ArrayBytes;
import io.chunkwise.io.npy.FailingSource;
import io.chunkwise.io.npy.Python;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes arrays as Zarr stores and reads them back with Python zarr; checks the all-or-nothing rename. */
class ZarrSinkTest {
    @TempDir
    Path dir;

    private record Case(String name, DType dtype, long[] shape, int[] arrayChunks, int[] zarrChunks, ZarrCompression c) {
    }

    private static final List<Case> CASES = List.of(
            new Case("u2_zlib", DType.UINT16, new long[] {100, 37}, new int[] {30, 37}, new int[] {16, 10},
                    ZarrCompression.zlib(1)),
            new Case("i4_gzip", DType.INT32, new long[] {8, 9, 10}, new int[] {3, 3, 3}, new int[] {4, 4, 4},
                    ZarrCompression.gzip(6)),
            new Case("f4_none", DType.FLOAT32, new long[] {1000}, new int[] {64}, new int[] {64}, ZarrCompression.NONE),
            new Case("f8_zlib9", DType.FLOAT64, new long[] {30, 41}, new int[] {7, 41}, new int[] {7, 10},
                    ZarrCompression.zlib(9)),
            new Case("b1_gzip", DType.BOOL, new long[] {17, 4}, new int[] {5, 2}, new int[] {5, 3}, ZarrCompression.gzip(1)),
            new Case("i1_none", DType.INT8, new long[] {6, 6}, new int[] {6, 1}, new int[] {4, 4}, ZarrCompression.NONE),
            new Case("u8_zlib", DType.UINT64, new long[] {3, 4}, new int[] {2, 2}, new int[] {2, 3}, ZarrCompression.zlib(3)),
            new Case("f8_0d", DType.FLOAT64, new long[0], new int[0], new int[0], ZarrCompression.zlib(1)),
            new Case("f4_empty", DType.FLOAT32, new long[] {0, 3}, new int[] {1, 3}, new int[] {1, 2}, ZarrCompression.NONE));

    @Test
    void zarrReadsWhatWeWriteIdentically() throws IOException {
        Python.assumeModules("numpy", "zarr");
        List<Object> args = new ArrayList<>(List.of(dir));
        for (Case c : CASES) {
            Object data = ArrayBytes.randomBuffer(c.dtype, (int) count(c.shape), c.name.hashCode());
            ChunkedArray x = Chunkwise.fromBuffer(data, c.dtype, c.shape, c.arrayChunks);
            Zarr.write(x, dir.resolve(c.name), c.c, c.zarrChunks);
            Files.write(dir.resolve(c.name + ".expected"), ArrayBytes.toBytes(data, c.dtype));
            args.add(c.name);
        }
        String out = Python.run("""
                import sys, numpy as np, zarr
                d = sys.argv[1]
                for name in sys.argv[2:]:
                    z = zarr.open(f'{d}/{name}', mode='r')
                    with open(f'{d}/{name}.out', 'wb') as f:
                        f.write(np.asarray(z[...]).astype(z.dtype.newbyteorder('<')).tobytes())
                    comp = z.compressor.get_config() if z.compressor else None
                    print(name, z.dtype.name, list(z.shape), list(z.chunks), comp, z.order, z.fill_value, sep=';')
                """, args.toArray());
        String[] lines = out.strip().split("\n");
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            String[] f = lines[i].split(";");
            assertEquals(c.name, f[0]);
            assertEquals(c.dtype, DType.parse(f[1]), c.name + " dtype");
            assertEquals(Arrays.toString(c.shape), f[2], c.name + " shape");
            assertEquals(Arrays.toString(c.zarrChunks), f[3], c.name + " chunks");
            String expectedComp = switch (c.c.codec()) {
                case NONE -> "None";
                case ZLIB -> "{'id': 'zlib', 'level': " + c.c.level() + "}";
                case GZIP -> "{'id': 'gzip', 'level': " + c.c.level() + "}";
            };
            assertEquals(expectedComp, f[4], c.name + " compressor");
            assertEquals("C", f[5]);
            assertSameElements(ArrayBytes.readDump(dir.resolve(c.name + ".expected"), c.dtype),
                    ArrayBytes.readDump(dir.resolve(c.name + ".out"), c.dtype), c.dtype, c.name);
        }
        assertEquals(List.of(), strays());
    }

    @Test
    void writesComputedArraysThatZarrReadsAsNumpyComputesThem() {
        Python.assumeModules("numpy", "zarr");
        Python.run("""
                import sys, numpy as np, zarr, numcodecs
                rng = np.random.default_rng(2)
                z = zarr.open(sys.argv[1], mode='w', shape=(90, 70), chunks=(20, 30), dtype='<u2',
                              compressor=numcodecs.GZip(level=1))
                z[...] = rng.integers(0, 2**16, (90, 70))
                """, dir.resolve("in"));
        ChunkedArray x = Zarr.open(dir.resolve("in"));
        assertArrayEquals(new int[] {90, 70}, x.chunks().maxChunk(), "auto chunks: whole multiples of (20, 30)");
        Zarr.write(x.mul(x).mul(x), dir.resolve("cube"), ZarrCompression.zlib(1));
        Zarr.write(x.astype(DType.FLOAT32).sqrt(), dir.resolve("root"), ZarrCompression.NONE, 25);
        String out = Python.run("""
                import sys, numpy as np, zarr
                d = sys.argv[1]
                a = zarr.open(d + '/in', mode='r')[...]
                cube, root = zarr.open(d + '/cube', mode='r'), zarr.open(d + '/root', mode='r')
                print(np.array_equal(cube[...], a * a * a), cube.dtype, cube.chunks)
                print(np.array_equal(root[...], np.sqrt(a.astype(np.float32))), root.dtype, root.chunks)
                """, dir);
        assertEquals("True uint16 (90, 70)\nTrue float32 (25, 25)", out.strip());
    }

    @Test
    void replacesAnExistingZarrArrayWholesale() {
        Path target = dir.resolve("store");
        Zarr.write(Chunkwise.fromBuffer(new int[] {1, 2, 3, 4, 5, 6}, DType.INT32, new long[] {6}, 2), target,
                ZarrCompression.zlib(1));
        Zarr.write(Chunkwise.fromBuffer(new short[] {7, 8, 9}, DType.INT16, new long[] {3}, 3), target,
                ZarrCompression.NONE);
        ZarrSource src = new ZarrSource(target);
        assertEquals(DType.INT16, src.dtype());
        assertArrayEquals(new short[] {7, 8, 9}, (short[]) src.read(ArrayBytes.whole(src.shape())));
        assertTrue(Files.notExists(target.resolve("1")), "no chunk of the old array survives");
        assertEquals(List.of(), strays());
    }

    @Test
    void refusesToReplaceSomethingThatIsNotAZarrArray() throws IOException {
        Path target = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(target.resolve("holiday.jpg"), "precious");
        ChunkedArray x = Chunkwise.fromBuffer(new int[] {1, 2}, DType.INT32, new long[] {2}, 2);
        var e = assertThrows(TargetExistsException.class, () -> Zarr.write(x, target, ZarrCompression.NONE));
        assertTrue(e.getMessage().contains(target.toString()) && e.getMessage().contains("not a Zarr array"),
                e.getMessage());
        assertEquals("precious", Files.readString(target.resolve("holiday.jpg")));
        assertEquals(List.of(), strays());
    }

    @Test
    void failureMidwayLeavesTheTargetUntouchedAndNoTemporaryStore() {
        Path target = dir.resolve("kept");
        Zarr.write(Chunkwise.fromBuffer(new double[] {1.5, 2.5}, DType.FLOAT64, new long[] {2}, 1), target,
                ZarrCompression.gzip(1));
        Path input = dir.resolve("input");
        Zarr.write(Chunkwise.fromBuffer(ArrayBytes.randomBuffer(DType.FLOAT64, 400, 9), DType.FLOAT64,
                new long[] {20, 20}, 5), input, ZarrCompression.zlib(1));
        ChunkedArray failing = io.chunkwise.array.ChunkedArray.fromSource(new FailingSource(new ZarrSource(input), 7), 5);
        var e = assertThrows(RuntimeException.class, () -> Zarr.write(failing.add(1.0), target, ZarrCompression.NONE));
        assertTrue(String.valueOf(e.getMessage()).contains("disk vanished")
                || String.valueOf(e.getCause()).contains("disk vanished"), e.toString());
        ZarrSource kept = new ZarrSource(target);
        assertArrayEquals(new double[] {1.5, 2.5}, (double[]) kept.read(ArrayBytes.whole(kept.shape())));
        assertEquals(List.of(), strays());
    }

    @Test
    void commitRefusesAnIncompleteArrayAndCleansUp() {
        Path target = dir.resolve("partial");
        ZarrSink sink = new ZarrSink(target, new long[] {10}, DType.INT16, new int[] {4}, ZarrCompression.NONE);
        sink.write(new Region(new long[] {0}, new int[] {8}), new short[8]);
        var e = assertThrows(IllegalStateException.class, sink::commit);
        assertTrue(e.getMessage().contains("2 of 3 chunks"), e.getMessage());
        assertTrue(Files.notExists(target));
        assertEquals(List.of(), strays());
    }

    @Test
    void rejectsRegionsThatAreNotWholeChunks() {
        ZarrSink sink = new ZarrSink(dir.resolve("x"), new long[] {10, 10}, DType.INT8, new int[] {4, 4},
                ZarrCompression.NONE);
        assertArrayEquals(new int[] {4, 4}, sink.blockShape());
        var e = assertThrows(IllegalArgumentException.class,
                () -> sink.write(new Region(new long[] {2, 0}, new int[] {4, 4}), new byte[16]));
        assertTrue(e.getMessage().contains("[2:6, 0:4]") && e.getMessage().contains("whole Zarr chunks"), e.getMessage());
        sink.write(new Region(new long[] {8, 8}, new int[] {2, 2}), new byte[4]); // an edge chunk is whole
        sink.abort();
        assertEquals(List.of(), strays());
    }

    private List<Path> strays() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().contains(".tmp-")
                    || p.getFileName().toString().contains(".old-")).toList();
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
