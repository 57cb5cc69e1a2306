package io.chunkwise.array;

import io.chunkwise.io.ChunkSource;

/** Computed chunks kept in memory ({@link ChunkedArray#persist()}); a region may span chunks. */
final class PersistedSource implements ChunkSource {
    private final Chunks chunks;
    private final DType dtype;
    private final Object[] buffers;

    PersistedSource(Chunks chunks, DType dtype, Object[] buffers) {
        this.chunks = chunks;
        this.dtype = dtype;
        this.buffers = buffers;
    }

    @Override
    public long[] shape() {
        return chunks.shape();
    }

    @Override
    public DType dtype() {
        return dtype;
    }

    @Override
    public int[] nativeBlock() {
        return chunks.maxChunk();
    }

    @Override
    public Object read(Region region) {
        Object out = BlockRegions.read(chunks, dtype, region, this::stored);
        // a region equal to one chunk comes back as the kept buffer itself: hand out a copy, since
        // readers (a block function, say) may write into what they get
        return isOneChunk(region) ? copyOf(out) : out;
    }

    private boolean isOneChunk(Region region) {
        if (region.elements() == 0) {
            return false;
        }
        int[] idx = new int[region.ndim()];
        for (int a = 0; a < idx.length; a++) {
            idx[a] = chunks.chunkAt(a, region.start()[a]);
        }
        return chunks.region(idx).equals(region);
    }

    private Object stored(int[] index) {
        int[] grid = chunks.grid();
        long linear = 0;
        for (int a = 0; a < index.length; a++) {
            linear = linear * grid[a] + index[a];
        }
        return buffers[(int) linear];
    }

    private static Object copyOf(Object buf) {
        int n = Buffers.length(buf);
        Object out = java.lang.reflect.Array.newInstance(buf.getClass().getComponentType(), n);
        System.arraycopy(buf, 0, out, 0, n);
        return out;
    }

    @Override
    public String describe() {
        return "persisted " + chunks.numChunks() + " chunks";
    }
}
