package io.chunkwise.array;

import io.chunkwise.graph.DerivedSource;
import io.chunkwise.graph.Expr;
import io.chunkwise.schedule.Scheduler;

import java.util.Arrays;
import java.util.List;

/**
 * Exact quantiles (or the median) of a whole array: a 0-d result for one q, 1-d over several. The
 * first read runs {@link RadixSelect}'s passes over the input (on the default scheduler, from the
 * reading worker) and keeps the few result values; later reads, and copies made by
 * {@link #withInputs}, reuse them. Interrupting the computation stops it at the end of the running
 * pass at the latest.
 */
final class QuantileSource implements DerivedSource {
    private final Expr input;
    private final Chunks inputChunks;
    private final QuantileRule rule;
    private final boolean scalar;
    private final long gatherCap;
    private final Memo memo;

    /** The computed results, shared by every copy of one quantile array. */
    private static final class Memo {
        private double[] values;
        private int passes;

        synchronized double[] get(QuantileSource s) {
            if (values == null) {
                values = s.computeValues();
            }
            return values;
        }
    }

    QuantileSource(Expr input, Chunks inputChunks, QuantileRule rule, boolean scalar, long gatherCap) {
        this(input, inputChunks, rule, scalar, gatherCap, new Memo());
    }

    private QuantileSource(Expr input, Chunks inputChunks, QuantileRule rule, boolean scalar, long gatherCap,
                           Memo memo) {
        this.input = input;
        this.inputChunks = inputChunks;
        this.rule = rule;
        this.scalar = scalar;
        this.gatherCap = gatherCap;
        this.memo = memo;
    }

    @Override
    public long[] shape() {
        return scalar ? new long[0] : new long[] {rule.count()};
    }

    @Override
    public DType dtype() {
        return rule.out();
    }

    @Override
    public int[] nativeBlock() {
        return scalar ? new int[0] : new int[] {rule.count()};
    }

    @Override
    public Object read(Region region) {
        double[] values = memo.get(this);
        int n = (int) region.elements();
        Object out = Buffers.allocate(dtype(), n);
        int from = scalar ? 0 : (int) region.start()[0];
        for (int i = 0; i < n; i++) {
            Buffers.setDouble(out, dtype(), i, values[from + i]);
        }
        return out;
    }

    /** How many passes over the data the computation took (0 before it ran). */
    int passes() {
        synchronized (memo) {
            return memo.passes;
        }
    }

    private double[] computeValues() {
        long n = 1;
        for (long s : input.shape()) {
            n *= s;
        }
        double[] out = new double[rule.count()];
        if (n == 0) { // only a median gets here: NumPy gives NaN for an empty array
            Arrays.fill(out, Double.NaN);
            return out;
        }
        long[] ranks = rule.ranks(n);
        RadixSelect.Result r = RadixSelect.select(input, inputChunks, ranks, gatherCap, Scheduler.defaultScheduler(),
                name() + " of " + input.name());
        memo.passes = r.passes();
        if (r.hasNaN()) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        long[] keys = r.keys();
        for (int j = 0; j < out.length; j++) {
            out[j] = rule.value(j, n, rank -> keys[Arrays.binarySearch(ranks, rank)]);
        }
        return out;
    }

    @Override
    public List<Expr> inputs() {
        return List.of(input);
    }

    @Override
    public DerivedSource withInputs(List<Expr> inputs) {
        return new QuantileSource(inputs.get(0), inputChunks, rule, scalar, gatherCap, memo);
    }

    @Override
    public String name() {
        return rule.median() ? "median" : "quantile";
    }

    @Override
    public String describe() {
        return rule + " of " + input.name() + " " + Arrays.toString(input.shape());
    }
}
