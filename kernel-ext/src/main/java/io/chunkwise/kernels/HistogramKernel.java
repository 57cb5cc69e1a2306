package io.chunkwise.kernels;

/**
 * Counts tile values into equal-width bins with NumPy's exact bin rule: an index from
 * {@code (v - lo) * bins / (hi - lo)}, corrected against the edges so a value on an edge lands in
 * the bin that starts there; the last bin includes {@code hi}. NaN and out-of-range values are skipped.
 */
public final class HistogramKernel {
    private final double lo;
    private final double hi;
    private final double norm;
    private final double[] edges;
    private final int bins;

    public HistogramKernel(double[] edges) {
        this.edges = edges.clone();
        this.bins = edges.length - 1;
        this.lo = edges[0];
        this.hi = edges[bins];
        this.norm = bins / (hi - lo);
    }

    public int bins() {
        return bins;
    }

    public void fold(double[] v, int n, long[] counts) {
        for (int i = 0; i < n; i++) {
            double x = v[i];
            if (x >= lo && x <= hi) {
                counts[index(x)]++;
            }
        }
    }

    public void fold(long[] v, int n, long[] counts) {
        for (int i = 0; i < n; i++) {
            double x = v[i];
            if (x >= lo && x <= hi) {
                counts[index(x)]++;
            }
        }
    }

    private int index(double x) {
        int k = (int) ((x - lo) * norm);
        if (k >= bins) {
            k = bins - 1;
        }
        if (x < edges[k]) {
            k--;
        } else if (k != bins - 1 && x >= edges[k + 1]) {
            k++;
        }
        return k;
    }
}
