package io.chunkwise.array;

import io.chunkwise.graph.Engine;
import io.chunkwise.schedule.Scheduler;

import java.util.List;

/**
 * A histogram that has not been computed yet: {@code bins} equal-width bins over a given range, or
 * over the data's own range, found by one fused min/max pass before counting (two passes in all;
 * Dask needs a range from the user, or separate min and max passes).
 */
public final class LazyHistogram {
    private final ChunkedArray x;
    private final int bins;
    private final Double min;
    private final Double max;

    private LazyHistogram(ChunkedArray x, int bins, Double min, Double max) {
        this.x = x;
        this.bins = bins;
        this.min = min;
        this.max = max;
    }

    static LazyHistogram of(ChunkedArray x, int bins, double min, double max) {
        checkBins(bins);
        if (Double.isNaN(min) || Double.isNaN(max) || Double.isInfinite(min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("histogram range [" + min + ", " + max + "] must be finite, not NaN or infinite");
        }
        if (min > max) {
            throw new IllegalArgumentException("histogram range [" + min + ", " + max + "] is inverted; expected min <= max");
        }
        return new LazyHistogram(x, bins, min, max);
    }

    static LazyHistogram of(ChunkedArray x, int bins) {
        checkBins(bins);
        return new LazyHistogram(x, bins, null, null);
    }

    private static void checkBins(int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("a histogram needs at least 1 bin, got " + bins);
        }
    }

    /** The array being counted. */
    public ChunkedArray array() {
        return x;
    }

    public int bins() {
        return bins;
    }

    public Histogram compute() {
        return compute(Scheduler.defaultScheduler());
    }

    public Histogram compute(Scheduler scheduler) {
        double lo;
        double hi;
        if (min != null) {
            lo = min;
            hi = max;
        } else if (x.size() == 0) {
            lo = 0;
            hi = 1;
        } else {
            List<DenseArray> mm = Engine.compute(List.of(
                    new Engine.Root(x.nanmin().expr(), null), new Engine.Root(x.nanmax().expr(), null)), scheduler);
            lo = mm.get(0).item();
            hi = mm.get(1).item();
            if (Double.isNaN(lo)) {
                lo = 0;
                hi = 1;
            }
        }
        double[] edges = Histogram.edges(bins, lo, hi);
        long[] counts = Engine.histogram(x.expr(), x.chunks(), edges, scheduler);
        return new Histogram(counts, edges);
    }

    @Override
    public String toString() {
        return "LazyHistogram<" + bins + " bins of " + x.name() + (min == null ? ", range from data" : ", range ["
                + min + ", " + max + "]") + ">";
    }
}
