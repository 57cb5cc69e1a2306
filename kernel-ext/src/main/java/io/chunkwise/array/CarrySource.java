package io.chunkwise.array;

import io.chunkwise.graph.DerivedSource;
import io.chunkwise.graph.Expr;
import io.chunkwise.graph.RegionEvaluator;

import java.util.List;

/**
 * The carries of a cumulative sum or product, one per chunk along the axis: the input's shape with
 * the axis replaced by the number of chunks {@code K} along it, plus a trailing axis of length 1
 * (so an identity reduction over that axis can materialise them once per compute).
 *
 * <p>Sequential mode (float dtypes): element {@code k} is the running value entering chunk
 * {@code k}, found by folding chunks {@code 0..k-1} one after another, so the rounding is exactly
 * NumPy's; a read covering chunks {@code k0..k1} folds from chunk 0, one chunk at a time.
 * Totals mode (integer dtypes, whose wrapping arithmetic is associative): element {@code k} is the
 * fold of chunk {@code k} alone; every chunk is independent and the prefix is taken when reading.
 */
final class CarrySource implements DerivedSource {
    private final Expr input;
    private final Chunks chunks;
    private final int axis;
    private final boolean product;
    private final boolean sequential;
    private final long[] shape;

    CarrySource(Expr input, Chunks chunks, int axis, boolean product, boolean sequential) {
        this.input = input;
        this.chunks = chunks;
        this.axis = axis;
        this.product = product;
        this.sequential = sequential;
        long[] in = input.shape();
        this.shape = java.util.Arrays.copyOf(in, in.length + 1);
        shape[axis] = chunks.count(axis);
        shape[in.length] = 1;
    }

    /** The chunk grid the carries are computed over: whole runs along the axis when sequential. */
    Chunks grid() {
        int nd = shape.length - 1;
        int[][] lengths = new int[nd + 1][];
        for (int a = 0; a < nd; a++) {
            lengths[a] = a != axis ? chunks.lengths(a) : sequential ? new int[] {(int) shape[a]} : ones((int) shape[a]);
        }
        lengths[nd] = new int[] {1};
        return Chunks.ofLengths(shape, lengths);
    }

    private static int[] ones(int n) {
        int[] o = new int[n];
        java.util.Arrays.fill(o, 1);
        return o;
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public DType dtype() {
        return input.dtype();
    }

    @Override
    public Object read(Region region) {
        int nd = shape.length - 1;
        long[] start = java.util.Arrays.copyOf(region.start(), nd);
        int[] size = java.util.Arrays.copyOf(region.size(), nd);
        int k0 = (int) start[axis];
        int kn = size[axis];
        int[] oi = AxisScan.outerInner(size, axis);
        int outer = oi[0];
        int inner = oi[1];
        Object out = Buffers.allocate(dtype(), outer * kn * inner);
        Object carry = AxisScan.identity(dtype(), outer * inner, product);
        for (int k = sequential ? 0 : k0; k < k0 + kn; k++) {
            if (!sequential) {
                carry = AxisScan.identity(dtype(), outer * inner, product);
            } else if (k >= k0) {
                put(carry, out, outer, kn, inner, k - k0);
            }
            if (sequential && k == k0 + kn - 1) {
                break;
            }
            start[axis] = chunks.start(axis, k);
            size[axis] = chunks.length(axis, k);
            Object slab = RegionEvaluator.evaluate(input, new Region(start.clone(), size.clone()));
            AxisScan.fold(slab, outer, size[axis], inner, carry, product);
            if (!sequential) {
                put(carry, out, outer, kn, inner, k - k0);
            }
        }
        return out;
    }

    private static void put(Object carry, Object out, int outer, int kn, int inner, int slot) {
        for (int o = 0; o < outer; o++) {
            System.arraycopy(carry, o * inner, out, (o * kn + slot) * inner, inner);
        }
    }

    @Override
    public List<Expr> inputs() {
        return List.of(input);
    }

    @Override
    public DerivedSource withInputs(List<Expr> inputs) {
        return new CarrySource(inputs.get(0), chunks, axis, product, sequential);
    }

    @Override
    public String name() {
        return (product ? "cumprod" : "cumsum") + " carry";
    }

    @Override
    public String describe() {
        return name() + " along axis " + axis + " of " + input.name();
    }
}
