package io.chunkwise.array;

import io.chunkwise.Chunkwise;
import io.chunkwise.graph.Expr;
import io.chunkwise.schedule.Scheduler;
import io.chunkwise.testing.RecordingSource;
import org.junit.jupiter.api.Test;

import static io.chunkwise.testing.ArrayAssert.assertArrayClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** persist() computes every chunk once and keeps it; later work reads the kept chunks, never the source. */
class PersistTest {
    private final RecordingSource source =
            new RecordingSource(((Expr.Source) Chunkwise.random(4, new long[] {90, 70}, 30).expr()).source());
    private final ChunkedArray x = ChunkedArray.fromSource(source, Chunks.ofLengths(new long[] {90, 70},
            new int[][] {{30, 30, 30}, {25, 25, 20}}));

    @Test
    void keptChunksServeEveryLaterComputationWithoutReadingTheSource() {
        ChunkedArray cube = x.mul(x).mul(x);
        DenseArray expected = cube.compute(Scheduler.sync());
        double expectedSum = cube.sum().compute().item();
        source.reads().clear();
        ChunkedArray kept = cube.persist(Scheduler.threads(2));
        assertEquals(9, source.count(), "one read per chunk while persisting");
        source.reads().clear();
        assertArrayClose(expected, kept.compute(), 0, "persisted values");
        assertArrayClose(expected, kept.rechunk(17, 23).compute(), 0, "regions across kept chunks");
        assertEquals(expectedSum, kept.sum().compute().item(), Math.abs(expectedSum) * 1e-12);
        assertEquals(0, source.count(), "the source is not read again");
    }

    @Test
    void aBlockFunctionThatWritesIntoItsInputLeavesTheKeptChunksAlone() {
        ChunkedArray kept = x.persist(Scheduler.sync());
        DenseArray before = kept.compute();
        kept.mapBlocks((block, index) -> {
            java.util.Arrays.fill((double[]) block.data(), -1.0);
            return block;
        }, DType.FLOAT64).compute();
        assertArrayClose(before, kept.compute(), 0, "kept chunks after a mutating block function");
    }
}
