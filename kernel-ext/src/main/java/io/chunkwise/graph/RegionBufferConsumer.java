package io.chunkwise.graph;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import io.chunkwise.kernels.TileExec;

import java.util.function.BiConsumer;

/**
 * Fills one buffer per task with the region's values and hands it on when the task ends: used by
 * {@code persist()} (keep the chunk) and {@code store()} (give it to a sink).
 */
final class RegionBufferConsumer implements Consumer {
    private final int reg;
    private final DType dtype;
    private final BiConsumer<int[], Object[]> onChunk;

    /** {@code onChunk} receives the chunk index and {region, buffer}. */
    RegionBufferConsumer(int reg, DType dtype, BiConsumer<int[], Object[]> onChunk) {
        this.reg = reg;
        this.dtype = dtype;
        this.onChunk = onChunk;
    }

    @Override
    public int reg() {
        return reg;
    }

    @Override
    public int runLength(Region region) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, region.elements()));
    }

    @Override
    public Object begin(Region region) {
        return Buffers.allocate(dtype, (int) region.elements());
    }

    @Override
    public void accept(Object ctx, TileExec exec, Region region, int regionOffset, int len) {
        TileStores.store(exec, reg, dtype, ctx, regionOffset, len);
    }

    @Override
    public void end(Object ctx, Region region, int[] chunkIndex) {
        onChunk.accept(chunkIndex, new Object[] {region, ctx});
    }
}
