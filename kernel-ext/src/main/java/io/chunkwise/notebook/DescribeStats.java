package io.chunkwise.notebook;

import io.chunkwise.Chunkwise;
import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DenseArray;
import io.chunkwise.array.Histogram;
import io.chunkwise.display.Describe;

import java.util.List;

/**
 * Describe-style statistics of a lazy array in two passes: one fused pass for the NaN count, mean,
 * standard deviation (ddof = 1, as pandas), minimum and maximum; then one histogram pass for the
 * quartiles.
 *
 * <p>The quartiles use NumPy's default (linear) interpolation between order statistics. For integer
 * data spanning at most {@value #EXACT_INTEGER_SPAN} values the histogram has one bin per integer, so
 * the order statistics, and the quartiles, are exact. Otherwise the order statistics are placed evenly
 * within {@value #BINS} equal bins over [min, max]: the quartiles are approximate, off by at most one bin
 * width, and {@link Result#approximate()} says so. (The core has no exact quantile yet.)
 */
final class DescribeStats {
    /** Bins of the histogram that approximates the quartiles of float data. */
    static final int BINS = 8192;
    /** Integer data with at most this many distinct possible values gets exact quartiles. */
    static final long EXACT_INTEGER_SPAN = 1 << 16;

    /**
     * The statistics, whether the quartiles are approximate, and the width of the histogram bins they
     * come from (0 when exact or not computed).
     */
    record Result(Describe stats, boolean approximate, double binWidth) {
    }

    private DescribeStats() {
    }

    /** Computes the statistics of {@code x}. */
    static Result of(ChunkedArray x) {
        List<DenseArray> r = Chunkwise.compute(x.isnan().countNonzero(), x.nanmean(), x.nanstd(1, false),
                x.nanmin(), x.nanmax());
        long nans = r.get(0).itemLong();
        long count = x.size() - nans;
        double mean = r.get(1).item();
        double std = r.get(2).item();
        double min = r.get(3).item();
        double max = r.get(4).item();
        if (count == 0) {
            return new Result(new Describe(0, nans, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN), false, 0);
        }
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            // a histogram needs a finite range; with infinities only the extremes are meaningful
            return new Result(new Describe(count, nans, mean, std, min, Double.NaN, Double.NaN, Double.NaN, max),
                    false, 0);
        }
        boolean exact = !x.dtype().isFloat() && max - min + 1 <= EXACT_INTEGER_SPAN;
        Histogram h = exact ? x.histogram((int) (max - min + 1), min - 0.5, max + 0.5).compute()
                : x.histogram(BINS, min, max).compute();
        double[] q = quartiles(h, exact, min, max);
        double width = exact ? 0 : (max - min) / BINS;
        return new Result(new Describe(count, nans, mean, std, min, q[0], q[1], q[2], max), !exact, width);
    }

    /**
     * The 25th, 50th and 75th percentiles from the histogram's counts, by linear interpolation between
     * order statistics; {@code exact} histograms have one bin per integer value.
     */
    static double[] quartiles(Histogram h, boolean exact, double min, double max) {
        long[] counts = h.counts();
        double[] edges = h.edges();
        long n = h.total();
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double pos = 0.25 * (i + 1) * (n - 1);
            long k = (long) Math.floor(pos);
            double lo = orderStatistic(counts, edges, exact, k);
            double hi = k + 1 < n ? orderStatistic(counts, edges, exact, k + 1) : lo;
            out[i] = Math.max(min, Math.min(max, lo + (hi - lo) * (pos - k)));
        }
        return out;
    }

    /**
     * The {@code k}-th smallest value (0-based): the bin's integer value when exact, else a position
     * spread evenly inside its bin.
     */
    private static double orderStatistic(long[] counts, double[] edges, boolean exact, long k) {
        long before = 0;
        for (int b = 0; b < counts.length; b++) {
            if (k < before + counts[b]) {
                if (exact) {
                    return (edges[b] + edges[b + 1]) / 2;
                }
                double within = (k - before + 0.5) / counts[b];
                return edges[b] + within * (edges[b + 1] - edges[b]);
            }
            before += counts[b];
        }
        return edges[edges.length - 1];
    }
}
