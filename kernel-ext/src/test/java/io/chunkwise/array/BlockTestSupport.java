package io.chunkwise.array;

import io.chunkwise.graph.InMemorySource;
import io.chunkwise.schedule.Scheduler;

import java.util.List;

/** Shared helpers for the block-operation tests: irregular grids, recorded reads, Python literals. */
final class BlockTestSupport {
    static final List<Scheduler> SCHEDULERS = List.of(Scheduler.sync(), Scheduler.threads(3));

    private BlockTestSupport() {
    }

    /** A lazy array over {@code a} with the given (possibly irregular) chunk lengths per axis. */
    static ChunkedArray chunked(DenseArray a, int[]... lengths) {
        return ChunkedArray.fromSource(new InMemorySource(a), Chunks.ofLengths(a.shape(), lengths));
    }

    /** The same expression computed over another grid, as a later rechunk would read it. */
    static ChunkedArray regridded(ChunkedArray x, int... chunks) {
        return new ChunkedArray(x.expr(), Chunks.normalize(x.shape(), x.dtype(), chunks));
    }

    /** Chunk boundaries along one axis as a Python list of (start, stop) pairs. */
    static String bounds(int[] lengths) {
        StringBuilder sb = new StringBuilder("[");
        long s = 0;
        for (int l : lengths) {
            sb.append('(').append(s).append(',').append(s + l).append("),");
            s += l;
        }
        return sb.append(']').toString();
    }

    static String tuple(int[] v) {
        StringBuilder sb = new StringBuilder("(");
        for (int x : v) {
            sb.append(x).append(',');
        }
        return sb.append(')').toString();
    }
}
