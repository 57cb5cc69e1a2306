package io.chunkwise.array;

import io.chunkwise.graph.DerivedSource;
import io.chunkwise.graph.Expr;

import java.util.Arrays;

/**
 * Builds exact quantile and median arrays: argument checks, result shape and chunks, all at build
 * time. Over every axis the result is computed by {@link QuantileSource} (radix narrowing, a few
 * passes, never all data in memory); over some axes by {@link AxisQuantileSource} (one
 * column-region per task).
 */
final class Quantiles {
    /** Elements of input one along-axes task gathers at most, unless one column alone is larger. */
    static final long REGION_TARGET = 1L << 22;

    private Quantiles() {
    }

    static ChunkedArray quantile(ChunkedArray x, double[] qs, boolean scalar, int[] axes) {
        QuantileRule.checkQs(qs);
        if (x.dtype() == DType.BOOL) {
            throw new IllegalArgumentException("quantile needs numbers but the array is bool (NumPy refuses it "
                    + "too); convert first, e.g. astype(DType.UINT8)");
        }
        int[] ax = Reductions.normalizeAxes("quantile", axes, x.ndim());
        for (int a : ax) {
            if (x.shape()[a] == 0) {
                throw new IllegalArgumentException("quantile over axis " + a + " of an array of shape "
                        + Arrays.toString(x.shape()) + " has no values to choose from; select a non-empty part first");
            }
        }
        if (x.size() == 0 && ax.length == x.ndim()) {
            throw new IllegalArgumentException("quantile of an empty array (shape " + Arrays.toString(x.shape())
                    + ") has no value; select a non-empty part first");
        }
        return build(x, QuantileRule.quantiles(qs, x.dtype()), scalar, ax, RadixSelect.defaultGatherCap());
    }

    static ChunkedArray median(ChunkedArray x, int[] axes) {
        int[] ax = Reductions.normalizeAxes("median", axes, x.ndim());
        return build(x, QuantileRule.median(x.dtype()), true, ax, RadixSelect.defaultGatherCap());
    }

    /** As the public builders, with an explicit gather cap (tests force narrowing with small caps). */
    static ChunkedArray build(ChunkedArray x, QuantileRule rule, boolean scalar, int[] axes, long gatherCap) {
        if (axes.length == x.ndim()) {
            QuantileSource src = new QuantileSource(x.expr(), x.chunks(), rule, scalar, gatherCap);
            long[] shape = src.shape();
            return wrap(src, Chunks.ofLengths(shape, scalar ? new int[0][] : new int[][] {{rule.count()}}));
        }
        AxisQuantileSource src = new AxisQuantileSource(x.expr(), axes, rule, scalar);
        return wrap(src, axisGrid(x, axes, rule, scalar));
    }

    private static ChunkedArray wrap(DerivedSource src, Chunks chunks) {
        return new ChunkedArray(new Expr.Source(src, src.name()), chunks);
    }

    /**
     * Output chunks along the kept axes: the input's chunks, split until one block's column-region
     * holds at most {@link #REGION_TARGET} input elements (a block of one element if one column is
     * larger; one column must fit in a Java array).
     */
    static Chunks axisGrid(ChunkedArray x, int[] axes, QuantileRule rule, boolean scalar) {
        long[] in = x.shape();
        boolean[] red = new boolean[in.length];
        long column = 1;
        for (int a : axes) {
            red[a] = true;
            column *= in[a];
        }
        if (column > Chunks.MAX_CHUNK_ELEMENTS) {
            throw new IllegalArgumentException(rule + " along axes " + Arrays.toString(axes) + " of shape "
                    + Arrays.toString(in) + " needs all " + column + " values of a result element at once, more than "
                    + "one Java array holds (" + Chunks.MAX_CHUNK_ELEMENTS + "); the quantile of the whole array "
                    + "(no axes) has no such limit");
        }
        long budget = Math.max(1, REGION_TARGET / Math.max(1, column));
        int lead = scalar ? 0 : 1;
        int kept = in.length - axes.length;
        long[] shape = new long[lead + kept];
        int[][] lengths = new int[lead + kept][];
        if (!scalar) {
            shape[0] = rule.count();
            lengths[0] = new int[] {rule.count()};
        }
        int k = lead;
        for (int a = 0; a < in.length; a++) {
            if (!red[a]) {
                shape[k] = in[a];
                lengths[k++] = x.chunks().lengths(a);
            }
        }
        while (true) {
            long block = 1;
            int widest = -1;
            int widestLen = 1;
            for (int a = lead; a < lengths.length; a++) {
                int m = Arrays.stream(lengths[a]).max().orElse(0);
                block *= Math.max(1, m);
                if (m > widestLen) {
                    widestLen = m;
                    widest = a;
                }
            }
            if (block <= budget || widest < 0) {
                break;
            }
            lengths[widest] = split(lengths[widest], (widestLen + 1) / 2);
        }
        return Chunks.ofLengths(shape, lengths);
    }

    /** Every length cut into pieces of at most {@code max}. */
    private static int[] split(int[] lengths, int max) {
        int count = 0;
        for (int l : lengths) {
            count += Math.max(1, (l + max - 1) / max);
        }
        int[] out = new int[count];
        int k = 0;
        for (int l : lengths) {
            if (l == 0) {
                out[k++] = 0;
                continue;
            }
            for (int s = 0; s < l; s += max) {
                out[k++] = Math.min(max, l - s);
            }
        }
        return out;
    }
}
