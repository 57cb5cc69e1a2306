package io.chunkwise.array;

import io.chunkwise.graph.DerivedSource;
import io.chunkwise.graph.Expr;
import io.chunkwise.graph.RegionEvaluator;

import java.util.List;

/**
 * {@code coarsen}: each output element combines a window of {@code factors} input elements. A
 * region of the output reads exactly the input region {@code factors} times larger. The input
 * arrives already converted to the accumulation type (FLOAT64, INT64 or UINT64), so the loops work
 * on {@code double[]} or {@code long[]} only; windows are folded in C order.
 */
final class CoarsenSource implements DerivedSource {
    private final Expr input;
    private final int[] factors;
    private final Reducer reducer;
    private final DType outType;
    private final long[] shape;

    CoarsenSource(Expr input, int[] factors, Reducer reducer, DType outType) {
        this.input = input;
        this.factors = factors.clone();
        this.reducer = reducer;
        this.outType = outType;
        this.shape = input.shape().clone();
        for (int a = 0; a < shape.length; a++) {
            shape[a] /= factors[a];
        }
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public DType dtype() {
        return outType;
    }

    @Override
    public Object read(Region region) {
        int nd = region.ndim();
        int n = (int) region.elements();
        long[] start = new long[nd];
        int[] size = new int[nd];
        for (int a = 0; a < nd; a++) {
            start[a] = region.start()[a] * factors[a];
            size[a] = region.size()[a] * factors[a];
        }
        if (n == 0) {
            return Buffers.allocate(outType, 0);
        }
        Object in = RegionEvaluator.evaluate(input, new Region(start, size));
        long window = 1;
        for (int f : factors) {
            window *= f;
        }
        if (in instanceof double[] d) {
            double[] acc = new double[n];
            fold(d, size, region.size(), acc);
            if (reducer == Reducer.MEAN) {
                for (int i = 0; i < n; i++) {
                    acc[i] /= window;
                }
            }
            return outType == DType.FLOAT64 ? acc : cast(acc, n);
        }
        long[] acc = new long[n];
        fold(in, size, region.size(), acc);
        if (outType == DType.INT64 || outType == DType.UINT64) {
            return acc;
        }
        Object out = Buffers.allocate(outType, n);
        for (int i = 0; i < n; i++) {
            Buffers.setLong(out, outType, i, acc[i]);
        }
        return out;
    }

    private Object cast(double[] acc, int n) {
        Object out = Buffers.allocate(outType, n);
        for (int i = 0; i < n; i++) {
            Buffers.setDouble(out, outType, i, acc[i]);
        }
        return out;
    }

    /**
     * Folds the input (C order, {@code size} per axis) into one accumulator per output element
     * ({@code outSize} per axis); {@code d} and {@code acc} are both double[] or both long[]. The
     * first row of each window initialises MIN/MAX accumulators; SUM/MEAN start from zero.
     */
    private void fold(Object in, int[] size, int[] outSize, Object acc) {
        int nd = size.length;
        if (nd == 0) {
            System.arraycopy(in, 0, acc, 0, 1);
            return;
        }
        int last = nd - 1;
        int row = size[last];
        int f = factors[last];
        long[] outStride = Buffers.strides(BlockRegions.longs(outSize));
        int rows = (int) (HaloRead.product(BlockRegions.longs(size)) / row);
        boolean sum = reducer == Reducer.SUM || reducer == Reducer.MEAN;
        boolean max = reducer == Reducer.MAX;
        boolean unsigned = input.dtype() == DType.UINT64;
        int[] m = new int[nd];
        for (int r = 0; r < rows; r++) {
            int base = 0;
            boolean first = true;
            for (int a = 0; a < last; a++) {
                base += (int) (m[a] / factors[a] * outStride[a]);
                first &= m[a] % factors[a] == 0;
            }
            int off = r * row;
            int outs = row / f;
            if (in instanceof double[] d) {
                double[] ad = (double[]) acc;
                for (int o = 0; o < outs; o++) {
                    int p = off + o * f;
                    int k = 0;
                    double v = ad[base + o];
                    if (first && !sum) {
                        v = d[p];
                        k = 1;
                    }
                    for (; k < f; k++) {
                        double x = d[p + k];
                        v = sum ? v + x : max ? Math.max(v, x) : Math.min(v, x);
                    }
                    ad[base + o] = v;
                }
            } else {
                long[] l = (long[]) in;
                long[] al = (long[]) acc;
                for (int o = 0; o < outs; o++) {
                    int p = off + o * f;
                    int k = 0;
                    long v = al[base + o];
                    if (first && !sum) {
                        v = l[p];
                        k = 1;
                    }
                    for (; k < f; k++) {
                        long x = l[p + k];
                        if (sum) {
                            v += x;
                        } else {
                            int c = unsigned ? Long.compareUnsigned(x, v) : Long.compare(x, v);
                            if (max ? c > 0 : c < 0) {
                                v = x;
                            }
                        }
                    }
                    al[base + o] = v;
                }
            }
            for (int a = last - 1; a >= 0; a--) {
                if (++m[a] < size[a]) {
                    break;
                }
                m[a] = 0;
            }
        }
    }

    @Override
    public List<Expr> inputs() {
        return List.of(input);
    }

    @Override
    public DerivedSource withInputs(List<Expr> inputs) {
        return new CoarsenSource(inputs.get(0), factors, reducer, outType);
    }

    @Override
    public String name() {
        return "coarsen";
    }

    @Override
    public String describe() {
        return "coarsen " + reducer.numpyName() + " by " + java.util.Arrays.toString(factors) + " of " + input.name();
    }
}
