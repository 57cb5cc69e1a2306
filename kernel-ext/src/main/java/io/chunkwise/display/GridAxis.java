package io.chunkwise.display;

import io.chunkwise.array.Chunks;

import java.util.Arrays;

/**
 * The chunk boundaries to draw along one axis of a grid face, as fractions of the axis (0 to 1).
 *
 * <p>When an axis has no more chunks than fit at {@value #MIN_GAP_PX} px apart, every boundary is
 * drawn where it lies, so irregular chunks show to scale. Otherwise the axis is <em>dense</em>: the
 * face is filled dark and only boundaries near evenly spaced positions are drawn, each one a real
 * chunk boundary found by binary search; the work is proportional to the pixels, never to the chunks.
 *
 * @param fractions strictly increasing positions from 0 to 1
 * @param dense true when not every boundary is drawn
 * @param empty true for an axis of length 0 (drawn as an outline only)
 */
record GridAxis(double[] fractions, boolean dense, boolean empty) {
    /** Smallest spacing between two drawn lines, in pixels. */
    static final double MIN_GAP_PX = 6;

    /** An axis with no inner boundaries (the fake thickness of a 1-d bar, for instance). */
    static GridAxis whole() {
        return new GridAxis(new double[] {0, 1}, false, false);
    }

    /** The boundaries of {@code axis} of {@code chunks} drawn over {@code lengthPx} pixels. */
    static GridAxis of(Chunks chunks, int axis, double lengthPx) {
        long extent = chunks.shape()[axis];
        if (extent == 0) {
            return new GridAxis(new double[] {0, 1}, false, true);
        }
        int count = chunks.count(axis);
        int maxIntervals = (int) Math.max(1, Math.floor(lengthPx / MIN_GAP_PX));
        if (count <= maxIntervals) {
            double[] f = new double[count + 1];
            for (int i = 0; i < count; i++) {
                f[i] = (double) chunks.start(axis, i) / extent;
            }
            f[count] = 1;
            return new GridAxis(f, false, false);
        }
        double[] f = new double[maxIntervals + 1];
        int n = 0;
        long last = -1;
        for (int j = 0; j <= maxIntervals; j++) {
            long target = Math.round((double) j * extent / maxIntervals);
            long pos = j == maxIntervals ? extent : nearestBoundary(chunks, axis, target, extent);
            if (pos > last) {
                f[n++] = (double) pos / extent;
                last = pos;
            }
        }
        return new GridAxis(Arrays.copyOf(f, n), true, false);
    }

    private static long nearestBoundary(Chunks chunks, int axis, long target, long extent) {
        if (target <= 0) {
            return 0;
        }
        int b = chunks.chunkAt(axis, Math.min(target, extent - 1));
        long lo = chunks.start(axis, b);
        long hi = lo + chunks.length(axis, b);
        return target - lo <= hi - target ? lo : hi;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GridAxis g && Arrays.equals(fractions, g.fractions) && dense == g.dense
                && empty == g.empty;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(fractions) * 31 + (dense ? 2 : 0) + (empty ? 1 : 0);
    }

    @Override
    public String toString() {
        return "GridAxis(" + fractions.length + " lines, dense=" + dense + ", empty=" + empty + ")";
    }
}
