package io.chunkwise.array;

import io.chunkwise.graph.InMemorySource;
import io.chunkwise.schedule.ChunkTaskException;
import io.chunkwise.schedule.Scheduler;
import io.chunkwise.testing.NumpyOracle;
import io.chunkwise.testing.RecordingSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static io.chunkwise.array.BlockTestSupport.chunked;
import static io.chunkwise.testing.ArrayAssert.assertArrayClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * mapOverlap against NumPy: every boundary equals its {@code np.pad} mode (for depths beyond a chunk
 * and beyond the axis), halos come from the grown region only, and {@code none()} hands smaller
 * blocks to the function at the edges.
 */
class MapOverlapTest {
    /**
     * A 2-d weighted window sum over the block it receives, with a distinct weight per offset (so a
     * halo in the wrong place shows); cells outside the block count as 0.
     */
    private static BlockFunction weightedSum(int d0, int d1) {
        return (b, idx) -> {
            int rows = (int) b.shape()[0];
            int cols = (int) b.shape()[1];
            long[] out = new long[rows * cols];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    long s = 0;
                    for (int di = -d0; di <= d0; di++) {
                        for (int dj = -d1; dj <= d1; dj++) {
                            int rr = r + di;
                            int cc = c + dj;
                            if (rr >= 0 && rr < rows && cc >= 0 && cc < cols) {
                                long w = (long) (di + d0) * (2 * d1 + 1) + (dj + d1) + 1;
                                s += w * b.getLong(rr, cc);
                            }
                        }
                    }
                    out[r * cols + c] = s;
                }
            }
            return DenseArray.of(out, rows, cols);
        };
    }

    /** NumPy: the same weighted sum over {@code np.pad(a, ..., mode)} ({@code none} pads with zeros). */
    private static String numpyWeightedSum(Boundary b, int d0, int d1) {
        String mode = b.kind() == Boundary.Kind.NONE ? "mode='constant', constant_values=0"
                : b.kind() == Boundary.Kind.CONSTANT ? "mode='constant', constant_values=" + (long) b.value()
                : "mode='" + b.numpyMode() + "'";
        return "(lambda P: sum(((di + " + d0 + ") * " + (2 * d1 + 1) + " + (dj + " + d1 + ") + 1) * P[" + d0 + " + di:"
                + d0 + " + di + a.shape[0], " + d1 + " + dj:" + d1 + " + dj + a.shape[1]] for di in range(-" + d0 + ", "
                + (d0 + 1) + ") for dj in range(-" + d1 + ", " + (d1 + 1) + ")))(np.pad(a.astype(np.int64), (("
                + d0 + ", " + d0 + "), (" + d1 + ", " + d1 + ")), " + mode + "))";
    }

    private static final List<Boundary> BOUNDARIES = List.of(Boundary.reflect(), Boundary.nearest(),
            Boundary.periodic(), Boundary.constant(7), Boundary.none());

    private record Case(int[] rows, int[] cols, int d0, int d1) {
    }

    @Test
    void everyBoundaryMatchesItsNumpyPadMode() {
        List<Case> cases = List.of(
                new Case(new int[] {5, 1, 9, 8}, new int[] {6, 6, 5}, 2, 1),
                new Case(new int[] {5, 1, 9, 8}, new int[] {6, 6, 5}, 3, 0), // depth beyond a 1-row chunk
                new Case(new int[] {23}, new int[] {2, 2, 2, 2, 2, 2, 2, 2, 1}, 0, 4),
                new Case(new int[] {1}, new int[] {2, 3}, 0, 7), // depth beyond the axis (length 5)
                new Case(new int[] {2, 1}, new int[] {3, 2}, 4, 6));
        for (Case c : cases) {
            long rows = java.util.Arrays.stream(c.rows()).sum();
            long cols = java.util.Arrays.stream(c.cols()).sum();
            DenseArray a = TestData.random(DType.INT32, rows * 31 + cols, rows, cols);
            List<String> np = new ArrayList<>();
            List<ChunkedArray> ours = new ArrayList<>();
            for (Boundary b : BOUNDARIES) {
                np.add(numpyWeightedSum(b, c.d0(), c.d1()));
                ours.add(chunked(a, c.rows(), c.cols()).mapOverlap(new int[] {c.d0(), c.d1()}, b,
                        weightedSum(c.d0(), c.d1()), DType.INT64));
            }
            List<DenseArray> expected = NumpyOracle.eval(NumpyOracle.inputs("a", a), np);
            for (Scheduler s : BlockTestSupport.SCHEDULERS) {
                for (int i = 0; i < np.size(); i++) {
                    String what = BOUNDARIES.get(i) + " depth (" + c.d0() + ", " + c.d1() + ") over " + rows + "x" + cols
                            + " with " + s;
                    assertArrayClose(expected.get(i), ours.get(i).compute(s), 0, what);
                }
            }
        }
    }

    @Test
    void haloesAreReadFromTheGrownRegionOnlyNeverWholeNeighbours() {
        DenseArray a = TestData.random(DType.FLOAT64, 3, 40, 40);
        for (Boundary b : List.of(Boundary.reflect(), Boundary.periodic(), Boundary.none())) {
            RecordingSource src = new RecordingSource(new InMemorySource(a));
            ChunkedArray x = ChunkedArray.fromSource(src, 10, 10);
            x.mapOverlap(new int[] {1}, b, (blk, idx) -> blk, DType.FLOAT64).compute(Scheduler.threads(3));
            for (Region r : src.reads()) {
                assertTrue(r.size()[0] <= 12 && r.size()[1] <= 12, b + ": read " + r + " is larger than a block and its halo");
            }
            assertTrue(src.elementsRead() <= 16 * 12 * 12, b + ": read " + src.elementsRead()
                    + " elements; 16 blocks with their halos hold at most " + 16 * 12 * 12);
            assertTrue(src.elementsRead() >= 1600, b + ": every element is read");
        }
    }

    @Test
    void noneHandsSmallerBlocksToTheFunctionAtTheEdgesAndKeepsTheShape() {
        DenseArray a = TestData.random(DType.FLOAT64, 4, 30, 25);
        Map<String, String> seen = new ConcurrentHashMap<>();
        ChunkedArray y = ChunkedArray.fromSource(new io.chunkwise.graph.InMemorySource(a), 10, 10)
                .mapOverlap(new int[] {1, 2}, Boundary.none(), (blk, idx) -> {
                    seen.put(idx[0] + "," + idx[1], Shapes.format(blk.shape()));
                    return blk;
                }, DType.FLOAT64);
        DenseArray out = y.compute(Scheduler.sync());
        assertArrayClose(a, out, 0, "identity under none() returns the input");
        assertEquals("(11, 12)", seen.get("0,0"), "corner block: halo only inward");
        assertEquals("(12, 14)", seen.get("1,1"), "interior block: halo on both sides");
        assertEquals("(11, 7)", seen.get("2,2"), "last block (10 x 5): halo only inward");
    }

    @Test
    void regionsThatStraddleBlocksAndReductionsSeeTheTrimmedBlocks() {
        DenseArray a = TestData.random(DType.INT32, 5, 23, 17);
        ChunkedArray y = chunked(a, new int[] {5, 1, 9, 8}, new int[] {6, 6, 5})
                .mapOverlap(new int[] {1, 2}, Boundary.reflect(), weightedSum(1, 2), DType.INT64);
        List<DenseArray> expected = NumpyOracle.eval(NumpyOracle.inputs("a", a),
                List.of(numpyWeightedSum(Boundary.reflect(), 1, 2), numpyWeightedSum(Boundary.reflect(), 1, 2) + ".sum(axis=1)"));
        for (Scheduler s : BlockTestSupport.SCHEDULERS) {
            assertArrayClose(expected.get(0), BlockTestSupport.regridded(y, 4, 7).compute(s), 0, "regridded with " + s);
            assertArrayClose(expected.get(1), y.sum(1).compute(s), 0, "sum over axis 1 with " + s);
        }
        assertArrayEquals(new long[] {23, 17}, y.shape());
        assertEquals(y.chunks(), chunked(a, new int[] {5, 1, 9, 8}, new int[] {6, 6, 5}).chunks(), "input chunks kept");
    }

    @Test
    void aResultWithoutTheHaloNamesTheBlockAndTheGrownShape() {
        ChunkedArray x = ChunkedArray.fromSource(new io.chunkwise.graph.InMemorySource(TestData.random(DType.FLOAT64, 6, 20, 20)), 10);
        ChunkedArray y = x.mapOverlap(new int[] {1}, Boundary.nearest(), (blk, idx) -> DenseArray.of(new double[100], 10, 10),
                DType.FLOAT64);
        ChunkTaskException e = assertThrows(ChunkTaskException.class, () -> y.compute(Scheduler.sync()));
        for (String f : List.of("mapOverlap", "block [0, 0]", "returned shape (10, 10)", "expected shape (12, 12)", "halo")) {
            assertTrue(e.getMessage().contains(f), "'" + e.getMessage() + "' should mention '" + f + "'");
        }
    }

    @Test
    void rejectsBadDepthsAtBuildTime() {
        ChunkedArray x = ChunkedArray.fromSource(new io.chunkwise.graph.InMemorySource(TestData.random(DType.FLOAT64, 6, 20, 20)), 10);
        BlockFunction id = (blk, idx) -> blk;
        IllegalArgumentException neg = assertThrows(IllegalArgumentException.class,
                () -> x.mapOverlap(new int[] {1, -1}, Boundary.reflect(), id, DType.FLOAT64));
        assertTrue(neg.getMessage().contains("depth -1 along axis 1"), neg.getMessage());
        IllegalArgumentException rank = assertThrows(IllegalArgumentException.class,
                () -> x.mapOverlap(new int[] {1, 1, 1}, Boundary.reflect(), id, DType.FLOAT64));
        assertTrue(rank.getMessage().contains("[1, 1, 1] given for a 2-d array"), rank.getMessage());
        IllegalArgumentException nul = assertThrows(IllegalArgumentException.class,
                () -> x.mapOverlap(new int[] {1}, null, id, DType.FLOAT64));
        assertTrue(nul.getMessage().contains("boundary"), nul.getMessage());
    }
}
