package io.chunkwise.array;

import io.chunkwise.schedule.Scheduler;
import io.chunkwise.testing.NumpyOracle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.chunkwise.array.BlockTestSupport.chunked;
import static io.chunkwise.testing.ArrayAssert.assertArrayClose;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Empty arrays flow through every block operation, and their metadata is exact before computing. */
class BlockOpsEdgeCasesTest {
    @Test
    void emptyArraysGiveEmptyResultsWithoutCallingTheFunction() {
        DenseArray a = DenseArray.of(new double[0], DType.FLOAT64, 0, 5);
        ChunkedArray x = chunked(a, new int[] {0}, new int[] {2, 3});
        AtomicInteger calls = new AtomicInteger();
        BlockFunction id = (b, idx) -> {
            calls.incrementAndGet();
            return b;
        };
        List<ChunkedArray> ours = List.of(x.mapBlocks(id, DType.FLOAT64), x.mapOverlap(new int[] {1}, Boundary.periodic(), id,
                DType.FLOAT64), x.coarsen(Reducer.SUM, 2, 5), x.cumsum(1), x.cumprod(0));
        List<DenseArray> expected = NumpyOracle.eval(NumpyOracle.inputs("a", a), List.of("a", "a",
                "a.reshape(0, 2, 1, 5).sum(axis=(1, 3))", "np.cumsum(a, axis=1)", "np.cumprod(a, axis=0)"));
        for (Scheduler s : BlockTestSupport.SCHEDULERS) {
            for (int i = 0; i < ours.size(); i++) {
                assertArrayClose(expected.get(i), ours.get(i).compute(s), 0, ours.get(i).name() + " of an empty array with " + s);
            }
        }
        assertEquals(0, calls.get(), "no block function calls for empty blocks");
    }

    @Test
    void metadataAndSummariesNeedNoCompute() {
        AtomicInteger calls = new AtomicInteger();
        ChunkedArray x = io.chunkwise.Chunkwise.random(1, new long[] {4000, 3000}, 1000);
        ChunkedArray y = x.mapOverlap(new int[] {2, 1}, Boundary.constant(0), (b, idx) -> {
            calls.incrementAndGet();
            return b;
        }, DType.FLOAT32).coarsen(Reducer.MAX, 4, 3).cumsum(1);
        assertArrayEquals(new long[] {1000, 1000}, y.shape());
        assertEquals(DType.FLOAT32, y.dtype());
        assertEquals(Chunks.ofLengths(new long[] {1000, 1000}, new int[][] {{250, 250, 250, 250}, {334, 333, 333}}), y.chunks());
        assertTrue(y.warnings().isEmpty(), y.warnings().toString());
        assertTrue(y.toString().contains("cumsum"), y.toString());
        List<String> layers = y.graph().stream().map(GraphInfo.Layer::name).toList();
        assertTrue(layers.containsAll(List.of("random", "mapOverlap", "astype", "coarsen", "cumsum carry", "max", "cumsum")),
                layers.toString());
        assertEquals(0, calls.get(), "nothing computed");
    }

    @Test
    void reductionsInsideTheInputAreComputedFirst() {
        DenseArray a = TestData.positive(DType.FLOAT64, 12, 23, 17);
        ChunkedArray x = chunked(a, new int[] {5, 1, 9, 8}, new int[] {6, 6, 5});
        ChunkedArray centred = x.sub(x.max()); // max is exact, so the comparison can be too
        List<ChunkedArray> ours = List.of(centred.mapOverlap(new int[] {1}, Boundary.constant(-2.5), (b, idx) -> b,
                DType.FLOAT64), centred.coarsen(Reducer.MAX, 23, 1), centred.cumsum(0), centred.mapBlocks((b, idx) -> b,
                DType.FLOAT64));
        List<DenseArray> e = NumpyOracle.eval(NumpyOracle.inputs("a", a), List.of("a - a.max()",
                "(a - a.max()).max(axis=0, keepdims=True)", "np.cumsum(a - a.max(), axis=0)", "a - a.max()"));
        for (Scheduler s : BlockTestSupport.SCHEDULERS) {
            for (int i = 0; i < ours.size(); i++) {
                assertArrayClose(e.get(i), ours.get(i).compute(s), 0, ours.get(i).name() + " of x - x.max() with " + s);
            }
        }
    }

    @Test
    void laterRechunksAndSlicesReadTheBlockResults() {
        DenseArray a = TestData.random(DType.INT32, 13, 25, 17);
        ChunkedArray x = chunked(a, new int[] {5, 1, 9, 10}, new int[] {6, 6, 5});
        ChunkedArray overlap = x.mapOverlap(new int[] {1}, Boundary.periodic(), (b, idx) -> b, DType.INT32).rechunk(4, 7);
        ChunkedArray cum = x.cumsum(0).rechunk(3, 17).slice(Slice.range(2, 23), Slice.range(1, 16, 2));
        // the fix that coarsen's error message suggests works as written
        ChunkedArray coarse = x.slice(Slice.range(0, 24), Slice.all()).coarsen(Reducer.MIN, 2, 17);
        List<DenseArray> e = NumpyOracle.eval(NumpyOracle.inputs("a", a), List.of("a",
                "np.cumsum(a, axis=0)[2:23, 1:16:2]", "a[0:24].reshape(12, 2, 1, 17).min(axis=(1, 3))"));
        List<ChunkedArray> ours = List.of(overlap, cum, coarse);
        for (Scheduler s : BlockTestSupport.SCHEDULERS) {
            for (int i = 0; i < ours.size(); i++) {
                assertArrayClose(e.get(i), ours.get(i).compute(s), 0, ours.get(i).name() + " after a rechunk/slice with " + s);
            }
        }
    }
}
