package io.chunkwise.array;

import io.chunkwise.Chunkwise;
import io.chunkwise.graph.Expr;
import io.chunkwise.testing.RecordingSource;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;

/** compress() reads nothing when built; its counting pass runs once, when the chunks are first asked for. */
class CompressLazinessTest {
    @Test
    void countingPassRunsOnceWhenChunksAreFirstAskedFor() {
        RecordingSource counting =
                new RecordingSource(((Expr.Source) Chunkwise.random(9, new long[] {300, 200}, 100).expr()).source());
        ChunkedArray x = ChunkedArray.fromSource(counting, 100, 100);
        ChunkedArray selected = x.compress(x.gt(0.5));
        assertEquals(0, counting.count(), "building compress reads nothing");
        long chunks = selected.numChunks();
        int afterCount = counting.count();
        assertEquals(6, afterCount, "one counting read per chunk of the mask");
        assertEquals(chunks, selected.chunks().numChunks());
        selected.shape();
        assertEquals(afterCount, counting.count(), "the counting pass runs once");
        long expected = x.gt(0.5).countNonzero().compute().itemLong();
        assertEquals(expected, selected.shape()[0]);
    }
}
