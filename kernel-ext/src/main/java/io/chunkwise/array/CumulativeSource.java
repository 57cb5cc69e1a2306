package io.chunkwise.array;

import io.chunkwise.graph.DerivedSource;
import io.chunkwise.graph.Expr;
import io.chunkwise.graph.RegionEvaluator;

import java.util.List;

/**
 * {@code cumsum}/{@code cumprod} along one axis: a region is the running fold of its input region,
 * started from the carry entering the chunk (along the axis) where the region starts. The carries
 * come from a second input, materialised once per compute by the engine before this pass (see
 * {@link CarrySource}); with one chunk along the axis there are none. A region that starts inside
 * a chunk (e.g. after a rechunk) also reads the part of that chunk before it.
 */
final class CumulativeSource implements DerivedSource {
    private final Expr input;
    private final Expr carries;
    private final Chunks chunks;
    private final int axis;
    private final boolean product;
    private final boolean sequential;

    CumulativeSource(Expr input, Expr carries, Chunks chunks, int axis, boolean product, boolean sequential) {
        this.input = input;
        this.carries = carries;
        this.chunks = chunks;
        this.axis = axis;
        this.product = product;
        this.sequential = sequential;
    }

    @Override
    public long[] shape() {
        return input.shape();
    }

    @Override
    public DType dtype() {
        return input.dtype();
    }

    @Override
    public int[] nativeBlock() {
        return chunks.maxChunk();
    }

    @Override
    public Object read(Region region) {
        if (region.elements() == 0) {
            return Buffers.allocate(dtype(), 0);
        }
        int k = chunks.chunkAt(axis, region.start()[axis]);
        long s0 = chunks.start(axis, k);
        int skip = (int) (region.start()[axis] - s0);
        long[] start = region.start().clone();
        int[] size = region.size().clone();
        start[axis] = s0;
        size[axis] += skip;
        Object buf = RegionEvaluator.evaluate(input, new Region(start, size));
        int[] oi = AxisScan.outerInner(size, axis);
        AxisScan.scan(buf, oi[0], size[axis], oi[1], carry(k, start, size, oi[0] * oi[1]), product);
        if (skip == 0) {
            return buf;
        }
        Object out = Buffers.allocate(dtype(), (int) region.elements());
        long[] at = new long[size.length];
        at[axis] = skip;
        Buffers.copyBox(buf, BlockRegions.longs(size), at, out, BlockRegions.longs(region.size()), new long[size.length],
                region.size());
        return out;
    }

    /** The running values entering chunk {@code k} over the region's cross-section. */
    private Object carry(int k, long[] start, int[] size, int n) {
        if (carries == null || k == 0) {
            return AxisScan.identity(dtype(), n, product);
        }
        long[] cs = start.clone();
        int[] cz = size.clone();
        if (sequential) {
            cs[axis] = k;
            cz[axis] = 1;
            return RegionEvaluator.evaluate(carries, new Region(cs, cz));
        }
        cs[axis] = 0;
        cz[axis] = k;
        Object totals = RegionEvaluator.evaluate(carries, new Region(cs, cz));
        Object c = AxisScan.identity(dtype(), n, product);
        int[] oi = AxisScan.outerInner(cz, axis);
        AxisScan.fold(totals, oi[0], k, oi[1], c, product);
        return c;
    }

    @Override
    public List<Expr> inputs() {
        return carries == null ? List.of(input) : List.of(input, carries);
    }

    @Override
    public DerivedSource withInputs(List<Expr> inputs) {
        return new CumulativeSource(inputs.get(0), carries == null ? null : inputs.get(1), chunks, axis, product,
                sequential);
    }

    @Override
    public String name() {
        return product ? "cumprod" : "cumsum";
    }

    @Override
    public String describe() {
        return name() + " along axis " + axis + " of " + input.name();
    }
}
