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
        int nd = region.ndim();
        Object out = Buffers.allocate(dtype, (int) region.elements());
        if (region.elements() == 0) {
            return out;
        }
        int[] lo = new int[nd];
        int[] hi = new int[nd];
        for (int a = 0; a < nd; a++) {
            lo[a] = chunks.chunkAt(a, region.start()[a]);
            hi[a] = chunks.chunkAt(a, region.start()[a] + region.size()[a] - 1);
        }
        long[] outShape = new long[nd];
        for (int a = 0; a < nd; a++) {
            outShape[a] = region.size()[a];
        }
        int[] idx = lo.clone();
        int[] grid = chunks.grid();
        while (true) {
            long linear = 0;
            for (int a = 0; a < nd; a++) {
                linear = linear * grid[a] + idx[a];
            }
            Region c = chunks.region(idx);
            long[] srcStart = new long[nd];
            long[] dstStart = new long[nd];
            int[] size = new int[nd];
            long[] cShape = new long[nd];
            for (int a = 0; a < nd; a++) {
                long s = Math.max(c.start()[a], region.start()[a]);
                long e = Math.min(c.start()[a] + c.size()[a], region.start()[a] + region.size()[a]);
                srcStart[a] = s - c.start()[a];
                dstStart[a] = s - region.start()[a];
                size[a] = (int) (e - s);
                cShape[a] = c.size()[a];
            }
            Buffers.copyBox(buffers[(int) linear], cShape, srcStart, out, outShape, dstStart, size);
            int a = nd - 1;
            while (a >= 0) {
                if (++idx[a] <= hi[a]) {
                    break;
                }
                idx[a] = lo[a];
                a--;
            }
            if (a < 0) {
                return out;
            }
        }
    }

    @Override
    public String describe() {
        return "persisted " + chunks.numChunks() + " chunks";
    }
}
