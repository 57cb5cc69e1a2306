package io.chunkwise.io.npy;

import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import io.chunkwise.io.ChunkSource;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a real source and fails its n-th read, as a disk or network error midway through a write would. */
public record FailingSource(ChunkSource inner, int failAt, AtomicInteger reads) implements ChunkSource {
    public FailingSource(ChunkSource inner, int failAt) {
        this(inner, failAt, new AtomicInteger());
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
    public Object read(Region region) {
        if (reads.incrementAndGet() == failAt) {
            throw new IllegalStateException("disk vanished while reading " + region);
        }
        return inner.read(region);
    }
}
