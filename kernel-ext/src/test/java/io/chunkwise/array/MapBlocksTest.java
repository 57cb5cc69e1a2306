package io.chunkwise.array;

import io.chunkwise.schedule.ChunkTaskException;
import io.chunkwise.schedule.Scheduler;
import io.chunkwise.testing.NumpyOracle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.chunkwise.array.BlockTestSupport.bounds;
import static io.chunkwise.array.BlockTestSupport.chunked;
import static io.chunkwise.testing.ArrayAssert.assertArrayClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** mapBlocks against NumPy block by block, with declared output chunks, regridded reads and bad results. */
class MapBlocksTest {
    private static final int[] ROWS = {7, 12, 1, 9};
    private static final int[] COLS = {10, 3, 18};

    /** Each block minus its own minimum, plus 100 × the block's row index and its column index. */
    private static DenseArray shiftBlock(DenseArray b, long[] idx) {
        double[] v = b.toDoubleArray();
        double min = Double.POSITIVE_INFINITY;
        for (double d : v) {
            min = Math.min(min, d);
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = v[i] - min + (100 * idx[0] + idx[1]);
        }
        return DenseArray.of(v, b.shape());
    }

    private static String numpyShiftBlock() {
        return "np.block([[a[r0:r1, c0:c1] - a[r0:r1, c0:c1].min() + (100 * i + j) for j, (c0, c1) in enumerate("
                + bounds(COLS) + ")] for i, (r0, r1) in enumerate(" + bounds(ROWS) + ")])";
    }

    private static DenseArray data() {
        DenseArray a = TestData.positive(DType.FLOAT64, 11, 29, 31);
        return a;
    }

    @Test
    void appliesTheFunctionToEveryBlockWithItsIndex() {
        DenseArray a = data();
        AtomicInteger calls = new AtomicInteger();
        ChunkedArray y = chunked(a, ROWS, COLS).mapBlocks((b, idx) -> {
            calls.incrementAndGet();
            return shiftBlock(b, idx);
        }, DType.FLOAT64);
        assertEquals(0, calls.get(), "building never calls the function");
        assertArrayEquals(new long[] {29, 31}, y.shape());
        assertEquals(DType.FLOAT64, y.dtype());
        assertEquals("mapBlocks", y.name());
        DenseArray expected = NumpyOracle.eval1(NumpyOracle.inputs("a", a), numpyShiftBlock());
        for (Scheduler s : BlockTestSupport.SCHEDULERS) {
            calls.set(0);
            assertArrayClose(expected, y.compute(s), 0, "mapBlocks with " + s);
            assertEquals(12, calls.get(), "one call per block with " + s);
        }
    }

    @Test
    void regionsThatStraddleBlocksAreAssembledFromTheBlocks() {
        DenseArray a = data();
        ChunkedArray y = chunked(a, ROWS, COLS).mapBlocks(MapBlocksTest::shiftBlock, DType.FLOAT64);
        DenseArray expected = NumpyOracle.eval1(NumpyOracle.inputs("a", a), numpyShiftBlock());
        for (Scheduler s : BlockTestSupport.SCHEDULERS) {
            assertArrayClose(expected, BlockTestSupport.regridded(y, 5, 8).compute(s), 0, "regridded (5, 8) with " + s);
            assertArrayClose(expected, BlockTestSupport.regridded(y, 29, 31).compute(s), 0, "one region with " + s);
        }
        DenseArray total = NumpyOracle.eval1(NumpyOracle.inputs("a", a), numpyShiftBlock() + ".sum(axis=0)");
        assertArrayClose(total, y.sum(0).compute(Scheduler.threads(3)), 1e-12, "sum over axis 0 of the blocks");
    }

    @Test
    void declaredOutputChunksGiveOneResultPerBlock() {
        DenseArray a = TestData.random(DType.INT32, 12, 29, 31);
        int[][] out = {ROWS, {1, 1, 1}};
        ChunkedArray y = chunked(a, ROWS, COLS).mapBlocks((b, idx) -> {
            int rows = (int) b.shape()[0];
            int cols = (int) b.shape()[1];
            long[] sums = new long[rows];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    sums[r] += b.getLong(r, c);
                }
            }
            return DenseArray.of(sums, rows, 1);
        }, DType.INT64, Chunks.ofLengths(new long[] {29, 3}, out));
        assertArrayEquals(new long[] {29, 3}, y.shape());
        DenseArray expected = NumpyOracle.eval1(NumpyOracle.inputs("a", a),
                "np.stack([a[:, c0:c1].astype(np.int64).sum(axis=1) for c0, c1 in " + bounds(COLS) + "], axis=1)");
        for (Scheduler s : BlockTestSupport.SCHEDULERS) {
            assertArrayClose(expected, y.compute(s), 0, "row sums per block with " + s);
        }
    }

    @Test
    void aResultOfTheWrongShapeNamesTheBlockAndBothShapes() {
        ChunkedArray x = chunked(data(), ROWS, COLS);
        ChunkedArray y = x.mapBlocks((b, idx) -> idx[0] == 2 && idx[1] == 1 ? DenseArray.of(new double[3], 3) : b,
                DType.FLOAT64);
        ChunkTaskException e = assertThrows(ChunkTaskException.class, () -> y.compute(Scheduler.sync()));
        String m = e.getMessage();
        for (String f : List.of("mapBlocks", "block [2, 1]", "returned shape (3,) dtype float64", "expected shape (1, 3)")) {
            assertTrue(m.contains(f), "'" + m + "' should mention '" + f + "'");
        }
        assertTrue(e.getCause() instanceof BlockResultException, "cause " + e.getCause());
    }

    @Test
    void aResultOfTheWrongDtypeNamesTheBlockAndBothDtypes() {
        ChunkedArray x = chunked(data(), ROWS, COLS);
        ChunkedArray y = x.mapBlocks((b, idx) -> DenseArray.of(b.toFloatArray(), b.shape()), DType.FLOAT64);
        ChunkTaskException e = assertThrows(ChunkTaskException.class, () -> y.compute(Scheduler.sync()));
        String m = e.getMessage();
        for (String f : List.of("block [0, 0]", "dtype float32", "expected shape (7, 10) dtype float64", "DType.FLOAT64")) {
            assertTrue(m.contains(f), "'" + m + "' should mention '" + f + "'");
        }
        ChunkedArray nul = x.mapBlocks((b, idx) -> null, DType.FLOAT64);
        ChunkTaskException n = assertThrows(ChunkTaskException.class, () -> nul.compute(Scheduler.sync()));
        assertTrue(n.getMessage().contains("returned null for block [0, 0]"), n.getMessage());
    }

    @Test
    void rejectsOutputChunksWithOtherBlockCountsAtBuildTime() {
        ChunkedArray x = chunked(data(), ROWS, COLS);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> x.mapBlocks((b, i) -> b,
                DType.FLOAT64, Chunks.ofLengths(new long[] {29, 31}, new int[][] {ROWS, {31}})));
        assertTrue(e.getMessage().contains("1 blocks along axis 1 but the input has 3"), e.getMessage());
        IllegalArgumentException rank = assertThrows(IllegalArgumentException.class, () -> x.mapBlocks((b, i) -> b,
                DType.FLOAT64, Chunks.ofLengths(new long[] {29}, new int[][] {ROWS})));
        assertTrue(rank.getMessage().contains("1-d but the input is 2-d"), rank.getMessage());
        IllegalArgumentException nul = assertThrows(IllegalArgumentException.class, () -> x.mapBlocks(null, DType.FLOAT64));
        assertTrue(nul.getMessage().contains("block function is null"), nul.getMessage());
    }
}
