package io.chunkwise.array;

import java.util.Arrays;

/**
 * A computed histogram: {@code counts.length} equal-width bins over {@code edges} (one more edge than
 * bins). Bins are half-open {@code [lo, hi)} except the last, which includes its upper edge, as in
 * NumPy; NaN and out-of-range values are not counted.
 */
public record Histogram(long[] counts, double[] edges) {
    public Histogram {
        if (edges.length != counts.length + 1) {
            throw new IllegalArgumentException("a histogram of " + counts.length + " bins needs "
                    + (counts.length + 1) + " edges but got " + edges.length);
        }
        counts = counts.clone();
        edges = edges.clone();
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    @Override
    public double[] edges() {
        return edges.clone();
    }

    public int bins() {
        return counts.length;
    }

    /** Sum of all counts. */
    public long total() {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }

    /**
     * The equal-width edges NumPy uses for {@code bins} bins over {@code [min, max]}: {@code min + i * step}
     * with {@code step = (max - min) / bins}, the last edge exactly {@code max}. An empty range
     * {@code min == max} widens to {@code [min - 0.5, max + 0.5]}, as NumPy does.
     */
    public static double[] edges(int bins, double min, double max) {
        if (min == max) {
            min -= 0.5;
            max += 0.5;
        }
        double step = (max - min) / bins;
        double[] e = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            e[i] = i * step + min;
        }
        e[bins] = max;
        return e;
    }

    @Override
    public String toString() {
        return "Histogram(bins=" + counts.length + ", range=[" + edges[0] + ", " + edges[edges.length - 1]
                + "], total=" + total() + ", counts=" + (counts.length <= 12 ? Arrays.toString(counts)
                : Arrays.toString(Arrays.copyOf(counts, 12)).replace("]", ", ...]")) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && Arrays.equals(counts, h.counts) && Arrays.equals(edges, h.edges);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts) * 31 + Arrays.hashCode(edges);
    }
}
