package io.chunkwise.io.npy;

import static io.chunkwise.io.npy.ArrayBytes.assertSameElements;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.chunkwise.Chunkwise;
import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DType;
import io.chunkwise.array.DenseArray;
import io.chunkwise.io.ChunkSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Npy#open} and {@link Npy#write} through lazy arrays, with NumPy on both ends. */
class NpyRoundTripTest {
    @TempDir
    Path dir;

    @BeforeEach
    void needsNumpy() {
        Python.assumeModules("numpy");
    }

    @Test
    void opensNumpyFilesLazilyAndComputesThemExactly() {
        String sums = Python.run("""
                import sys, numpy as np
                d = sys.argv[1]
                rng = np.random.default_rng(3)
                arrays = {'i4_be': rng.integers(-2**31, 2**31, (60, 50)).astype('>i4'),
                          'u2': rng.integers(0, 2**16, (100, 37)).astype('<u2'),
                          'f8_0d': np.array(2.5),
                          'b1': rng.integers(0, 2, (9, 11)).astype(bool)}
                for name, a in arrays.items():
                    np.save(f'{d}/{name}.npy', a)
                    with open(f'{d}/{name}.bin', 'wb') as f:
                        f.write(a.astype(a.dtype.newbyteorder('<')).tobytes())
                    print(name, repr(float(a.astype(np.float64).sum())))
                """, dir);
        for (String line : sums.strip().split("\n")) {
            String name = line.split(" ")[0];
            ChunkedArray x = Npy.open(dir.resolve(name + ".npy"), 7);
            DenseArray whole = x.compute();
            assertSameElements(ArrayBytes.readDump(dir.resolve(name + ".bin"), x.dtype()), whole.data(), x.dtype(), name);
            double numpySum = Double.parseDouble(line.split(" ")[1]);
            assertEquals(numpySum, x.astype(DType.FLOAT64).sum().compute().item(), Math.abs(numpySum) * 1e-12, name);
        }
    }

    @Test
    void writesComputedArraysThatNumpyLoadsIdentically() {
        Python.run("""
                import sys, numpy as np
                rng = np.random.default_rng(5)
                np.save(sys.argv[1], rng.integers(-2**31, 2**31, (123, 45)).astype('<i4'))
                """, dir.resolve("in.npy"));
        ChunkedArray x = Npy.open(dir.resolve("in.npy"), 50, 20);
        Npy.write(x.mul(3).add(1), dir.resolve("out.npy"));
        Npy.write(x.gt(0), dir.resolve("mask.npy"));
        Npy.write(x.astype(DType.FLOAT32).div(7.0), dir.resolve("ratio.npy"));
        String out = Python.run("""
                import sys, numpy as np
                d = sys.argv[1]
                a = np.load(d + '/in.npy')
                with np.errstate(over='ignore'):
                    print(np.array_equal(np.load(d + '/out.npy'), a * np.int32(3) + np.int32(1)), np.load(d + '/out.npy').dtype)
                print(np.array_equal(np.load(d + '/mask.npy'), a > 0), np.load(d + '/mask.npy').dtype)
                print(np.array_equal(np.load(d + '/ratio.npy'), a.astype(np.float32) / np.float32(7)), np.load(d + '/ratio.npy').dtype)
                """, dir);
        assertEquals("True int32\nTrue bool\nTrue float32", out.strip());
        assertEquals(List.of(), strayFiles());
    }

    @Test
    void failureMidwayLeavesTheTargetUntouchedAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("target.npy");
        Files.writeString(target, "previous result");
        short[] data = (short[]) ArrayBytes.randomBuffer(DType.UINT16, 200 * 30, 1);
        Path input = dir.resolve("input.npy");
        Npy.write(Chunkwise.fromBuffer(data, DType.UINT16, new long[] {200, 30}, 10, 30), input);
        ChunkSource failing = new FailingSource(new NpySource(input), 5);
        ChunkedArray x = ChunkedArray.fromSource(failing, 10, 30);
        var e = assertThrows(RuntimeException.class, () -> Npy.write(x.add(1), target));
        assertTrue(String.valueOf(e.getMessage()).contains("disk vanished")
                || String.valueOf(e.getCause()).contains("disk vanished"), e.toString());
        assertEquals("previous result", Files.readString(target));
        assertEquals(List.of(), strayFiles());
        assertArrayEquals(data, (short[]) Npy.open(input).compute().data(), "the input is intact");
    }

    private List<Path> strayFiles() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
