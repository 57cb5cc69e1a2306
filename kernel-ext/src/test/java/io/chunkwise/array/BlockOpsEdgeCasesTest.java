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
}
