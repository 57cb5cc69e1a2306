package io.chunkwise.graph;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DType;
import io.chunkwise.array.DenseArray;
import io.chunkwise.array.Region;
import io.chunkwise.io.ChunkSource;

/** An in-memory array as a source: each region is copied out of the one buffer. */
public record InMemorySource(DenseArray array) implements ChunkSource {
    @Override
    public long[] shape() {
        return array.shape();
    }

    @Override
    public DType dtype() {
        return array.dtype();
    }

    @Override
    public Object read(Region region) {
        long[] shape = array.shape();
        Object buf = Buffers.allocate(array.dtype(), (int) region.elements());
        long[] size = new long[shape.length];
        for (int a = 0; a < size.length; a++) {
            size[a] = region.size()[a];
        }
        Buffers.copyBox(array.data(), shape, region.start(), buf, size, new long[shape.length], region.size());
        return buf;
    }

    @Override
    public String describe() {
        return "in-memory " + array.dtype() + " array";
    }
}
