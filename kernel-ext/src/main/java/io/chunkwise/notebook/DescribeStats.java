package io.chunkwise.notebook;

import io.chunkwise.Chunkwise;
import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DenseArray;
import io.chunkwise.display.Describe;

import java.util.List;

/**
 * Describe-style statistics of a lazy array: one fused pass for the NaN count, mean, standard deviation
 * (ddof = 1, as pandas), minimum and maximum, then the exact quartiles of the values that are not NaN
 * ({@link ChunkedArray#quantile(double[])}, NumPy's linear method), which take a few more passes.
 */
final class DescribeStats {
    private static final double[] QUARTILES = {0.25, 0.5, 0.75};

    private DescribeStats() {
    }

    /** Computes the statistics of {@code x}. */
    static Describe of(ChunkedArray x) {
        List<DenseArray> r = Chunkwise.compute(x.isnan().countNonzero(), x.nanmean(), x.nanstd(1, false),
                x.nanmin(), x.nanmax());
        long nans = r.get(0).itemLong();
        long count = x.size() - nans;
        double[] q = {Double.NaN, Double.NaN, Double.NaN};
        if (count > 0) {
            ChunkedArray values = nans == 0 ? x : x.compress(x.isnan().not());
            q = values.quantile(QUARTILES).compute().toDoubleArray();
        }
        return new Describe(count, nans, r.get(1).item(), r.get(2).item(), r.get(3).item(), q[0], q[1], q[2],
                r.get(4).item());
    }
}
