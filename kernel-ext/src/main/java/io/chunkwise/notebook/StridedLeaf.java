package io.chunkwise.notebook;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DType;
import io.chunkwise.array.Region;
import io.chunkwise.io.ChunkSource;
import io.chunkwise.schedule.Cancellation;

/**
 * Every {@code stride[a]}-th element of another source along each axis, starting at {@code offset[a]}:
 * element {@code k} of this source is element {@code offset + k * stride} of the underlying one.
 *
 * <p>Reads touch only the sampled elements where that is cheaper: along the last axis a step of at
 * most {@value #CONTIGUOUS_MAX_STRIDE} reads the contiguous run and keeps every step-th value, a larger
 * one reads the samples one by one (a tiled source then decodes each tile once, through its cache).
 */
final class StridedLeaf implements ChunkSource {
    static final long CONTIGUOUS_MAX_STRIDE = 8;

    private final ChunkSource source;
    private final long[] offset;
    private final long[] stride;
    private final long[] shape;

    StridedLeaf(ChunkSource source, long[] offset, long[] stride, long[] shape) {
        this.source = source;
        this.offset = offset.clone();
        this.stride = stride.clone();
        this.shape = shape.clone();
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public DType dtype() {
        return source.dtype();
    }

    @Override
    public String describe() {
        return source.describe();
    }

    @Override
    public Object read(Region region) {
        int nd = shape.length;
        int n = (int) region.elements();
        Object out = Buffers.allocate(source.dtype(), n);
        if (n == 0) {
            return out;
        }
        if (nd == 0) {
            return source.read(region);
        }
        int last = nd - 1;
        int len = region.size()[last];
        int rows = n / len;
        long[] k = new long[nd];
        for (int r = 0; r < rows; r++) {
            // k = the region-relative index of this row's first element, axes 0..last-1 as an odometer
            long rem = r;
            for (int a = last - 1; a >= 0; a--) {
                k[a] = rem % region.size()[a];
                rem /= region.size()[a];
            }
            long[] start = new long[nd];
            for (int a = 0; a < last; a++) {
                start[a] = offset[a] + (region.start()[a] + k[a]) * stride[a];
            }
            start[last] = offset[last] + region.start()[last] * stride[last];
            readRow(start, len, out, r * len);
            Cancellation.check();
        }
        return out;
    }

    private void readRow(long[] start, int len, Object out, int at) {
        int nd = start.length;
        long s = stride[nd - 1];
        int[] size = new int[nd];
        java.util.Arrays.fill(size, 1);
        if (s <= CONTIGUOUS_MAX_STRIDE) {
            size[nd - 1] = (int) ((len - 1) * s + 1);
            Object run = source.read(new Region(start, size));
            for (int i = 0; i < len; i++) {
                System.arraycopy(run, (int) (i * s), out, at + i, 1);
            }
            return;
        }
        long first = start[nd - 1];
        for (int i = 0; i < len; i++) {
            start[nd - 1] = first + i * s;
            System.arraycopy(source.read(new Region(start.clone(), size)), 0, out, at + i, 1);
        }
    }
}
