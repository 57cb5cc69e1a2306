package io.chunkwise.array;

import io.chunkwise.graph.DerivedSource;
import io.chunkwise.graph.Expr;
import io.chunkwise.graph.RegionEvaluator;
import io.chunkwise.schedule.Cancellation;

import java.util.Arrays;
import java.util.List;

/**
 * The product of two 2-d expressions, block by block: a read of output rows {@code [r, r+h)} and
 * columns {@code [c, c+w)} walks the shared axis in slabs, evaluating A's row panel
 * {@code (h × slab)} and B's column panel {@code (slab × w)} for each, and accumulates them with
 * {@link MatmulKernel} in float64 (float output) or int64 (integer and bool output); then casts to
 * the output dtype. Memory per task: the output block and one slab of each panel.
 */
final class MatmulSource implements DerivedSource {
    /** Elements of one panel slab (a slab is at most this many values of A and of B). */
    static final int SLAB_ELEMENTS = 1 << 20;

    private final Expr a;
    private final Expr b;
    private final DType out;
    private final int slabElements;

    MatmulSource(Expr a, Expr b, DType out, int slabElements) {
        this.a = a;
        this.b = b;
        this.out = out;
        this.slabElements = slabElements;
    }

    @Override
    public long[] shape() {
        return new long[] {a.shape()[0], b.shape()[1]};
    }

    @Override
    public DType dtype() {
        return out;
    }

    @Override
    public Object read(Region region) {
        long r = region.start()[0];
        long c = region.start()[1];
        int h = region.size()[0];
        int w = region.size()[1];
        long k = a.shape()[1];
        int slab = (int) Math.max(1, Math.min(k, Math.max(Math.min(128, slabElements), slabElements / Math.max(1, Math.max(h, w)))));
        boolean floating = out.isFloat();
        double[] cd = floating ? new double[h * w] : null;
        long[] cl = floating ? null : new long[h * w];
        if (h > 0 && w > 0) {
            for (long p = 0; p < k; p += slab) {
                int ks = (int) Math.min(slab, k - p);
                Object pa = RegionEvaluator.evaluate(a, new Region(new long[] {r, p}, new int[] {h, ks}));
                Object pb = RegionEvaluator.evaluate(b, new Region(new long[] {p, c}, new int[] {ks, w}));
                if (floating) {
                    MatmulKernel.multiply(cd, MatmulKernel.doubles(pa, a.dtype()), MatmulKernel.doubles(pb, b.dtype()), h, ks, w);
                } else {
                    MatmulKernel.multiply(cl, MatmulKernel.longs(pa, a.dtype()), MatmulKernel.longs(pb, b.dtype()), h, ks, w);
                }
                Cancellation.check();
            }
        }
        return cast(floating ? cd : cl, h * w);
    }

    /** The accumulated block in the output's storage type: rounded to float32, integers wrapped, bool = non-zero. */
    private Object cast(Object acc, int n) {
        if (out == DType.FLOAT64 || out == DType.INT64 || out == DType.UINT64) {
            return acc;
        }
        Object buf = Buffers.allocate(out, n);
        if (out.isFloat()) {
            double[] d = (double[]) acc;
            float[] f = (float[]) buf;
            for (int i = 0; i < n; i++) {
                f[i] = (float) d[i];
            }
            return buf;
        }
        long[] l = (long[]) acc;
        for (int i = 0; i < n; i++) {
            Buffers.setLong(buf, out, i, l[i]);
        }
        return buf;
    }

    @Override
    public List<Expr> inputs() {
        return List.of(a, b);
    }

    @Override
    public DerivedSource withInputs(List<Expr> inputs) {
        return new MatmulSource(inputs.get(0), inputs.get(1), out, slabElements);
    }

    @Override
    public String name() {
        return "matmul";
    }

    @Override
    public String describe() {
        return "matmul of " + a.name() + " " + Arrays.toString(a.shape()) + " and " + b.name() + " "
                + Arrays.toString(b.shape());
    }
}
