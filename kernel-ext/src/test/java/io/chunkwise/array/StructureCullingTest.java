package io.chunkwise.array;

import io.chunkwise.Chunkwise;
import io.chunkwise.graph.Expr;
import io.chunkwise.schedule.Scheduler;
import io.chunkwise.testing.RecordingSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Structural operations read only the input chunks they need, and each read stays inside one chunk. */
class StructureCullingTest {
    private final RecordingSource source =
            new RecordingSource(((Expr.Source) Chunkwise.random(7, new long[] {100, 80}).expr()).source());
    private final List<Region> reads = source.reads();
    private final Chunks grid = Chunks.regular(new long[] {100, 80}, new int[] {10, 20});
    private final ChunkedArray x = ChunkedArray.fromSource(source, grid);

    /** The grid indices of the chunks read, failing if a read spans two chunks. */
    private Set<String> chunksRead() {
        Set<String> out = ConcurrentHashMap.newKeySet();
        for (Region r : reads) {
            int i0 = grid.chunkAt(0, r.start()[0]);
            int j0 = grid.chunkAt(1, r.start()[1]);
            assertEquals(i0, grid.chunkAt(0, r.start()[0] + r.size()[0] - 1), "read " + r + " stays in one chunk row");
            assertEquals(j0, grid.chunkAt(1, r.start()[1] + r.size()[1] - 1), "read " + r + " stays in one chunk column");
            out.add(i0 + "," + j0);
        }
        return out;
    }

    @Test
    void aSliceReadsOnlyTheChunksItTouches() {
        x.slice(Slice.range(25, 38), Slice.range(45, 61)).sum().compute(Scheduler.threads(2));
        assertEquals(Set.of("2,2", "2,3", "3,2", "3,3"), chunksRead(), "rows 25..37 x cols 45..60");
        reads.clear();
        x.slice(Slice.at(57), Slice.range(null, null, -7)).compute(Scheduler.sync());
        assertEquals(Set.of("5,0", "5,1", "5,2", "5,3"), chunksRead());
        assertTrue(reads.stream().allMatch(r -> r.size()[0] == 1), "an index reads one row: " + reads);
    }

    @Test
    void aSparseStepReadsSingleEntriesNotWholeChunks() {
        x.slice(Slice.range(null, null, 50), Slice.range(null, null, 40)).compute(Scheduler.sync());
        assertEquals(Set.of("0,0", "0,2", "5,0", "5,2"), chunksRead());
        assertTrue(reads.stream().allMatch(r -> r.elements() == 1), "each read is one element: " + reads);
    }

    @Test
    void takeTransposeFlipAndReshapeReadOnlyWhatTheyNeed() {
        x.take(new long[] {3, 97, 4}, 0).slice(Slice.all(), Slice.range(0, 15)).compute(Scheduler.sync());
        assertEquals(Set.of("0,0", "9,0"), chunksRead());
        reads.clear();
        x.transpose().slice(Slice.range(70, 80), Slice.range(0, 5)).compute(Scheduler.sync());
        assertEquals(Set.of("0,3"), chunksRead());
        reads.clear();
        x.flip(0).slice(Slice.range(0, 3)).compute(Scheduler.sync());
        assertEquals(Set.of("9,0", "9,1", "9,2", "9,3"), chunksRead());
        reads.clear();
        long total = 0;
        x.reshape(8000).slice(Slice.range(1600, 1680)).compute(Scheduler.sync());
        for (Region r : reads) {
            total += r.elements();
        }
        assertEquals(80, total, "a reshaped slice reads exactly its 80 elements: " + reads);
        reads.clear();
        Chunkwise.concatenate(1, x, x).slice(Slice.range(0, 10), Slice.range(150, 160)).compute(Scheduler.sync());
        assertEquals(Set.of("0,3"), chunksRead());
    }

    @Test
    void aCachedCountingPassRunsOnceForCompress() {
        ChunkedArray c = x.compress(x.gt(0.5));
        assertEquals(0, reads.size(), "building compress reads nothing; the count runs when chunks are asked for");
        c.chunks();
        int afterCount = reads.size();
        assertEquals(x.reshape(-1).numChunks(), afterCount,
                "the counting pass reads every chunk of the flattened mask once (whole rows: one box each)");
        c.shape();
        c.chunks();
        c.nbytes();
        assertEquals(afterCount, reads.size(), "metadata does not count again");
        assertEquals(c.shape()[0], c.compute(Scheduler.sync()).size());
    }
}
