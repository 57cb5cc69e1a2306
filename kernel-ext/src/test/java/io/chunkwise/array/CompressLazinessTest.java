package io.chunkwise.array;

import io.chunkwise.Chunkwise;
import io.chunkwise.graph.Expr;
import io.chunkwise.io.ChunkSource;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** compress() reads nothing when built; its counting pass runs once, when the chunks are first asked for. */
class CompressLazinessTest {
    @Test
    void countingPassRunsOnceWhenChunksAreFirstAskedFor() {
        AtomicInteger reads = new AtomicInteger();
        ChunkSource inner = ((Expr.Source) Chunkwise.random(9, new long[] {300, 200}, 100).expr()).source();
        ChunkSource counting = new ChunkSource() {
            @Override
            public long[] shape() {
                return inner.shape();
            }

            @Override
            public DType dtype() {
                return inner.dtype();
            }

            @Override
            public Object read(Region region) {
                reads.incrementAndGet();
                return inner.read(region);
            }
        };
        ChunkedArray x = ChunkedArray.fromSource(counting, 100, 100);
        ChunkedArray selected = x.compress(x.gt(0.5));
        assertEquals(0, reads.get(), "building compress reads nothing");
        long chunks = selected.numChunks();
        int afterCount = reads.get();
        assertEquals(6, afterCount, "one counting read per chunk of the mask");
        assertEquals(chunks, selected.chunks().numChunks());
        selected.shape();
        assertEquals(afterCount, reads.get(), "the counting pass runs once");
        long expected = x.gt(0.5).countNonzero().compute().itemLong();
        assertEquals(expected, selected.shape()[0]);
    }
}
