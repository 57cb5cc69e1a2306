package io.chunkwise.notebook;

import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import io.chunkwise.io.ChunkSource;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A FLOAT64 source whose value at each index is its flat C-order position, counting every element read:
 * to prove what displays and previews read.
 */
public final class CountingSource implements ChunkSource {
    final AtomicLong read = new AtomicLong();
    final AtomicLong reads = new AtomicLong();
    private final long[] shape;

    public CountingSource(long... shape) {
        this.shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public DType dtype() {
        return DType.FLOAT64;
    }

    @Override
    public Object read(Region region) {
        reads.incrementAndGet();
        read.addAndGet(region.elements());
        double[] out = new double[(int) region.elements()];
        for (int i = 0; i < out.length; i++) {
            long flat = 0;
            long rem = i;
            long mul = 1;
            for (int a = shape.length - 1; a >= 0; a--) {
                long k = region.start()[a] + rem % region.size()[a];
                rem /= region.size()[a];
                flat += k * mul;
                mul *= shape[a];
            }
            out[i] = flat;
        }
        return out;
    }

    @Override
    public String describe() {
        return "counting source";
    }
}
