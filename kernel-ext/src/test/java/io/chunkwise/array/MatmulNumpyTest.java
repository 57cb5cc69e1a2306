package io.chunkwise.array;

import io.chunkwise.Chunkwise;
import io.chunkwise.schedule.Scheduler;
import io.chunkwise.testing.NumpyOracle;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.chunkwise.testing.ArrayAssert.assertArrayClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Matrix products against NumPy's {@code a @ b}: exact for integers and bool, 1e-12 for float64. */
class MatmulNumpyTest {
    /** (dtype of a, dtype of b, how values are drawn, relative tolerance). */
    private record Case(DType a, DType b, String values, double rel) {
    }

    private static final List<Case> CASES = List.of(
            new Case(DType.INT32, DType.INT32, "any", 0), // wraps around in int32, as NumPy does
            new Case(DType.INT8, DType.UINT8, "any", 0), // promotes to int16 and wraps
            new Case(DType.UINT64, DType.UINT64, "any", 0),
            new Case(DType.INT64, DType.INT16, "any", 0),
            new Case(DType.BOOL, DType.BOOL, "any", 0),
            new Case(DType.INT16, DType.FLOAT32, "small", 0), // float32, exact on small integers
            new Case(DType.FLOAT64, DType.FLOAT64, "small", 0),
            new Case(DType.FLOAT64, DType.FLOAT64, "positive", 1e-12),
            new Case(DType.INT64, DType.FLOAT64, "positive", 1e-12),
            new Case(DType.FLOAT32, DType.FLOAT32, "positive", 2e-6)); // NumPy sums in float32, we in float64

    private static DenseArray values(DType t, String how, long seed, long rows, long cols) {
        DenseArray d = TestData.random(t, seed, rows, cols);
        Random r = new Random(seed);
        for (int i = 0; i < d.size(); i++) {
            switch (how) {
                case "small" -> Buffers.setLong(d.data(), t, i, r.nextInt(201) - 100);
                case "positive" -> Buffers.setDouble(d.data(), t, i, t.isFloat() ? r.nextDouble() * 10 : r.nextInt(1000));
                default -> {
                    if (t.isFloat()) {
                        Buffers.setDouble(d.data(), t, i, r.nextGaussian());
                    }
                }
            }
        }
        return d;
    }

    @Test
    void productsEqualNumpyOnRandomShapesAndIrregularChunks() {
        Random r = new Random(42);
        List<String> np = new ArrayList<>();
        List<ChunkedArray> ours = new ArrayList<>();
        List<Double> tolerance = new ArrayList<>();
        Object[] named = new Object[CASES.size() * 4];
        for (int c = 0; c < CASES.size(); c++) {
            Case k = CASES.get(c);
            long n = 1 + r.nextInt(45);
            long inner = 1 + r.nextInt(60);
            long m = 1 + r.nextInt(45);
            DenseArray a = values(k.a(), k.values(), 2L * c, n, inner);
            DenseArray b = values(k.b(), k.values(), 2L * c + 1, inner, m);
            named[4 * c] = "a" + c;
            named[4 * c + 1] = a;
            named[4 * c + 2] = "b" + c;
            named[4 * c + 3] = b;
            ChunkedArray x = QuantileNumpyTest.irregular(a, r);
            ChunkedArray y = QuantileNumpyTest.irregular(b, r);
            np.add("a" + c + " @ b" + c);
            ours.add(x.matmul(y));
            np.add("a" + c + " @ b" + c);
            ours.add(Matmul.of(x, y, 1 + r.nextInt(9), 1 + r.nextInt(40))); // many blocks, several slabs
            tolerance.add(k.rel());
            tolerance.add(k.rel());
        }
        List<DenseArray> expected = NumpyOracle.eval(NumpyOracle.inputs(named), np);
        for (Scheduler s : List.of(Scheduler.sync(), Scheduler.threads(3))) {
            List<DenseArray> got = Chunkwise.compute(s, ours.toArray(new ChunkedArray[0]));
            for (int i = 0; i < np.size(); i++) {
                Case k = CASES.get(i / 2);
                assertArrayClose(expected.get(i), got.get(i), tolerance.get(i),
                        k.a() + " @ " + k.b() + " (" + k.values() + ") " + np.get(i) + " with " + s);
            }
        }
    }

    @Test
    void productsOfExpressionsWithReductionsEqualNumpy() {
        DenseArray a = values(DType.FLOAT64, "positive", 7, 30, 20);
        DenseArray b = values(DType.FLOAT64, "positive", 8, 20, 25);
        ChunkedArray x = Chunkwise.fromDense(a, 7, 6);
        ChunkedArray y = Chunkwise.fromDense(b, 9, 4);
        ChunkedArray centred = x.sub(x.mean());
        List<DenseArray> expected = NumpyOracle.eval(NumpyOracle.inputs("a", a, "b", b),
                List.of("(a - a.mean()) @ (b * 2)", "np.dot(a, b) + 1"));
        assertArrayClose(expected.get(0), Matmul.of(centred, y.mul(2), 8, 50).compute(Scheduler.threads(2)), 1e-12,
                "centred product");
        assertArrayClose(expected.get(1), Chunkwise.dot(x, y).add(1).compute(), 1e-12, "dot plus one");
    }

    @Test
    void emptyAxesGiveEmptyOrZeroProducts() {
        ChunkedArray noInner = Chunkwise.zeros(DType.INT32, new long[] {3, 0}).matmul(Chunkwise.zeros(DType.INT32, new long[] {0, 4}));
        DenseArray z = noInner.compute();
        assertEquals(12, z.size());
        assertEquals(0, z.getLong(2, 3));
        ChunkedArray noRows = Chunkwise.ones(DType.FLOAT64, new long[] {0, 5}).matmul(Chunkwise.ones(DType.FLOAT64, new long[] {5, 2}));
        assertEquals(0, noRows.compute().size());
        assertEquals(List.of(0L, 2L), java.util.Arrays.stream(noRows.shape()).boxed().toList());
    }

    @Test
    void largeProductsUseParallelBlocksOfBoundedSize() {
        ChunkedArray a = Chunkwise.random(1, new long[] {2000, 3000}, 500);
        ChunkedArray b = Chunkwise.random(2, new long[] {3000, 2500}, 500);
        ChunkedArray c = a.matmul(b);
        assertEquals("matmul", c.name());
        assertEquals(DType.FLOAT64, c.dtype());
        assertEquals(List.of(2000L, 2500L), java.util.Arrays.stream(c.shape()).boxed().toList());
        int[] block = c.chunks().maxChunk();
        assertTrue(block[0] <= Matmul.MAX_BLOCK && block[1] <= Matmul.MAX_BLOCK, c.chunks().toString());
        assertTrue(c.numChunks() >= 4, "at least two blocks per axis: " + c.chunks());
        assertEquals(2, Matmul.blocks(600, 1024).length);
        assertEquals(1, Matmul.blocks(300, 1024).length);
        assertEquals(4, Matmul.blocks(4000, 1024).length);
    }

    @Test
    void rejectsMisalignedAndNon2dShapesNamingBoth() {
        ChunkedArray a = Chunkwise.zeros(DType.FLOAT64, new long[] {3, 4});
        ChunkedArray b = Chunkwise.zeros(DType.FLOAT64, new long[] {5, 6});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.matmul(b));
        assertTrue(e.getMessage().contains("[3, 4] and [5, 6] are not aligned") && e.getMessage().contains("4 columns")
                && e.getMessage().contains("5 rows"), e.getMessage());
        ChunkedArray v = Chunkwise.zeros(DType.FLOAT64, new long[] {4});
        e = assertThrows(IllegalArgumentException.class, () -> Chunkwise.dot(a, v));
        assertTrue(e.getMessage().contains("two 2-d arrays") && e.getMessage().contains("[4]"), e.getMessage());
    }
}
