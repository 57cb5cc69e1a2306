package io.chunkwise.array;

import io.chunkwise.graph.DerivedSource;
import io.chunkwise.graph.Expr;
import io.chunkwise.graph.RegionEvaluator;
import io.chunkwise.schedule.Cancellation;

import java.util.Arrays;
import java.util.List;

/**
 * Exact quantiles (or medians) along some axes: for each output block, the input region of the
 * block's kept coordinates and the whole reduced axes is evaluated, each result element's values
 * (its "column") are sorted and combined by {@link QuantileRule}. Output shape: the kept axes,
 * preceded by one axis over the q's unless a single q was given.
 *
 * <p>Memory per task: one column-region, i.e. the output block's kept elements times the reduced
 * length, as input values plus 8-byte keys. {@link Quantiles} chooses output blocks so that this
 * stays near {@link Quantiles#REGION_TARGET} elements.
 */
final class AxisQuantileSource implements DerivedSource {
    private final Expr input;
    private final boolean[] reduced;
    private final QuantileRule rule;
    private final boolean scalar;
    private final long[] shape;
    private final long column;

    AxisQuantileSource(Expr input, int[] axes, QuantileRule rule, boolean scalar) {
        this.input = input;
        long[] in = input.shape();
        this.reduced = new boolean[in.length];
        long col = 1;
        for (int a : axes) {
            reduced[a] = true;
            col *= in[a];
        }
        this.column = col;
        this.rule = rule;
        this.scalar = scalar;
        int lead = scalar ? 0 : 1;
        long[] s = new long[lead + in.length - axes.length];
        if (!scalar) {
            s[0] = rule.count();
        }
        int k = lead;
        for (int a = 0; a < in.length; a++) {
            if (!reduced[a]) {
                s[k++] = in[a];
            }
        }
        this.shape = s;
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    @Override
    public DType dtype() {
        return rule.out();
    }

    @Override
    public Object read(Region region) {
        int lead = scalar ? 0 : 1;
        long[] inShape = input.shape();
        int nd = inShape.length;
        long[] start = new long[nd];
        int[] size = new int[nd];
        int k = lead;
        for (int a = 0; a < nd; a++) {
            if (reduced[a]) {
                size[a] = (int) inShape[a];
            } else {
                start[a] = region.start()[k];
                size[a] = region.size()[k++];
            }
        }
        Region inRegion = new Region(start, size);
        int cols = 1;
        for (int a = 0; a < nd; a++) {
            cols *= reduced[a] ? 1 : size[a];
        }
        int len = (int) column;
        long[] keys = columns(RegionEvaluator.evaluate(input, inRegion), size, cols, len);
        int qFrom = scalar ? 0 : (int) region.start()[0];
        int qCount = scalar ? 1 : region.size()[0];
        Object out = Buffers.allocate(dtype(), qCount * cols);
        for (int c = 0; c < cols; c++) {
            int from = c * len;
            SortKeys.sortUnsigned(keys, from, from + len);
            boolean nan = len == 0 || SortKeys.isNaN(keys[from], rule.in()) || SortKeys.isNaN(keys[from + len - 1], rule.in());
            for (int j = 0; j < qCount; j++) {
                double v = nan ? Double.NaN : rule.value(qFrom + j, len, rank -> keys[from + (int) rank]);
                Buffers.setDouble(out, dtype(), j * cols + c, v);
            }
            Cancellation.check();
        }
        return out;
    }

    /**
     * The keys of a region's values rearranged so that each result element's values are contiguous:
     * column {@code c} (C order over the kept axes) occupies {@code [c * len, (c + 1) * len)}.
     */
    private long[] columns(Object values, int[] size, int cols, int len) {
        int nd = size.length;
        long[] out = new long[cols * len];
        if (out.length == 0) {
            return out;
        }
        // strides of every region axis in column index and in position within a column
        long[] colStride = new long[nd];
        long[] posStride = new long[nd];
        long cs = 1;
        long ps = 1;
        for (int a = nd - 1; a >= 0; a--) {
            if (reduced[a]) {
                posStride[a] = ps;
                ps *= size[a];
            } else {
                colStride[a] = cs;
                cs *= size[a];
            }
        }
        int row = nd == 0 ? 1 : size[nd - 1];
        long step = nd == 0 ? 0 : (reduced[nd - 1] ? posStride[nd - 1] : colStride[nd - 1] * len);
        long[] tile = new long[Math.min(row, 4096)];
        int[] idx = new int[Math.max(0, nd - 1)];
        int rows = out.length / row;
        for (int r = 0; r < rows; r++) {
            long base = 0;
            for (int a = 0; a < nd - 1; a++) {
                base += idx[a] * (reduced[a] ? posStride[a] : colStride[a] * len);
            }
            for (int off = 0; off < row; off += tile.length) {
                int m = Math.min(tile.length, row - off);
                SortKeys.fill(values, rule.in(), r * row + off, m, tile);
                long at = base + off * step;
                for (int i = 0; i < m; i++) {
                    out[(int) at] = tile[i];
                    at += step;
                }
            }
            for (int a = nd - 2; a >= 0; a--) {
                if (++idx[a] < size[a]) {
                    break;
                }
                idx[a] = 0;
            }
        }
        return out;
    }

    @Override
    public List<Expr> inputs() {
        return List.of(input);
    }

    @Override
    public DerivedSource withInputs(List<Expr> inputs) {
        int[] axes = new int[reduced.length];
        int k = 0;
        for (int a = 0; a < reduced.length; a++) {
            if (reduced[a]) {
                axes[k++] = a;
            }
        }
        return new AxisQuantileSource(inputs.get(0), Arrays.copyOf(axes, k), rule, scalar);
    }

    @Override
    public String name() {
        return rule.median() ? "median" : "quantile";
    }

    @Override
    public String describe() {
        return rule + " along " + column + " values per element of " + input.name();
    }
}
