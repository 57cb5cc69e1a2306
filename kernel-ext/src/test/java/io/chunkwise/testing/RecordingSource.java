package io.chunkwise.testing;

import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import io.chunkwise.io.ChunkSource;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Wraps a source and records every region it is asked for (from any thread), so tests can check
 * what a computation read: how often, which chunks, how many elements.
 */
public final class RecordingSource implements ChunkSource {
    private final ChunkSource inner;
    private final CopyOnWriteArrayList<Region> reads = new CopyOnWriteArrayList<>();

    public RecordingSource(ChunkSource inner) {
        this.inner = inner;
    }

    @Override
    public long[] shape() {
        return inner.shape();
    }

    @Override
    public DType dtype() {
        return inner.dtype();
    }

    @Override
    public int[] nativeBlock() {
        return inner.nativeBlock();
    }

    @Override
    public Object read(Region region) {
        reads.add(region);
        return inner.read(region);
    }

    /** The regions read so far, in order (a live list: {@code clear()} resets it). */
    public List<Region> reads() {
        return reads;
    }

    public int count() {
        return reads.size();
    }

    public long elementsRead() {
        return reads.stream().mapToLong(Region::elements).sum();
    }
}
