package io.chunkwise.array;

import java.util.Arrays;
import java.util.TreeSet;
import java.util.function.LongUnaryOperator;

/**
 * How NumPy turns sorted values into quantiles and medians: which ranks are needed and the exact
 * floating-point arithmetic that combines them, so results equal NumPy's bit for bit.
 *
 * <p>Quantiles use NumPy's default {@code 'linear'} method: the virtual index {@code (n-1)q}, the
 * values at its floor and the next rank, and NumPy's two-sided interpolation
 * ({@code a + (b-a)t}, or {@code b - (b-a)(1-t)} when {@code t >= 0.5}). The difference {@code b-a}
 * is taken in the input's type for floats (FLOAT32 rounds it, as NumPy does) and exactly for
 * integers (NumPy 1.x wraps it in narrow integer types, e.g. gives 128.0 for the median of int8
 * [-100, 100]; we do not). Quantiles are FLOAT64. Medians are the mean of the middle one or two
 * values as {@code np.median} computes it: FLOAT32 arithmetic for FLOAT32 input, FLOAT64 otherwise.
 * Any NaN makes the result NaN, as in NumPy.
 *
 * @param qs     the quantiles (ignored for a median)
 * @param median true for {@code np.median}'s rule
 * @param in     the input dtype
 */
record QuantileRule(double[] qs, boolean median, DType in) {
    QuantileRule {
        qs = qs.clone();
    }

    static QuantileRule quantiles(double[] qs, DType in) {
        return new QuantileRule(qs, false, in);
    }

    static QuantileRule median(DType in) {
        return new QuantileRule(new double[] {0.5}, true, in);
    }

    @Override
    public double[] qs() {
        return qs.clone();
    }

    /** Number of results (one per q; one for a median). */
    int count() {
        return qs.length;
    }

    /** The result dtype. */
    DType out() {
        return median && in == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
    }

    /** The distinct 0-based ranks in sorted order whose values the results need, for {@code n > 0} values. */
    long[] ranks(long n) {
        TreeSet<Long> set = new TreeSet<>();
        for (int j = 0; j < qs.length; j++) {
            long[] pair = pair(j, n);
            set.add(pair[0]);
            set.add(pair[1]);
        }
        return set.stream().mapToLong(Long::longValue).toArray();
    }

    /** The two ranks result {@code j} combines. */
    private long[] pair(int j, long n) {
        if (median) {
            return n % 2 == 1 ? new long[] {(n - 1) / 2, (n - 1) / 2} : new long[] {n / 2 - 1, n / 2};
        }
        double virtual = (double) (n - 1) * qs[j];
        if (virtual >= n - 1) {
            return new long[] {n - 1, n - 1};
        }
        long prev = (long) Math.floor(virtual);
        return new long[] {prev, prev + 1};
    }

    /**
     * Result {@code j} over {@code n > 0} values, given the sort key ({@link SortKeys}) at any
     * needed rank.
     */
    double value(int j, long n, LongUnaryOperator keyAtRank) {
        long[] pair = pair(j, n);
        long ka = keyAtRank.applyAsLong(pair[0]);
        long kb = keyAtRank.applyAsLong(pair[1]);
        if (median) {
            return mean(ka, kb, n % 2 == 1);
        }
        double virtual = (double) (n - 1) * qs[j];
        double prev = virtual >= n - 1 ? -1 : Math.floor(virtual); // NumPy's index -1 for the last value
        double t = virtual - prev;
        return lerp(ka, kb, t);
    }

    private double mean(long ka, long kb, boolean single) {
        if (in == DType.FLOAT32) {
            float a = SortKeys.toFloat(ka);
            return single ? a : (a + SortKeys.toFloat(kb)) / 2f;
        }
        double a = SortKeys.toDouble(ka, in);
        return single ? a : (a + SortKeys.toDouble(kb, in)) / 2;
    }

    private double lerp(long ka, long kb, double t) {
        double a = SortKeys.toDouble(ka, in);
        double b = SortKeys.toDouble(kb, in);
        double diff;
        if (in == DType.FLOAT32) {
            diff = SortKeys.toFloat(kb) - SortKeys.toFloat(ka);
        } else if (in.isFloat()) {
            diff = b - a;
        } else if (in == DType.UINT64) {
            diff = Buffers.unsignedToDouble(SortKeys.toLong(kb, in) - SortKeys.toLong(ka, in));
        } else {
            long la = SortKeys.toLong(ka, in);
            long lb = SortKeys.toLong(kb, in);
            long d = lb - la;
            diff = ((lb ^ la) & (lb ^ d)) < 0 ? b - a : d; // exact unless the int64 difference overflows
        }
        double r = a + diff * t;
        if (t >= 0.5) {
            r = b - diff * (1 - t);
        }
        return r;
    }

    /** Checks every q is a number in [0, 1]. */
    static void checkQs(double[] qs) {
        if (qs == null || qs.length == 0) {
            throw new IllegalArgumentException("quantile needs at least one q in [0, 1], got "
                    + (qs == null ? "null" : "[]"));
        }
        for (double q : qs) {
            if (!(q >= 0 && q <= 1)) {
                throw new IllegalArgumentException("quantile: q = " + q + " is outside [0, 1] in "
                        + Arrays.toString(qs) + "; give fractions, e.g. 0.99 for the 99th percentile");
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuantileRule r && Arrays.equals(qs, r.qs) && median == r.median && in == r.in;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(qs) * 31 + Boolean.hashCode(median) * 7 + in.hashCode();
    }

    @Override
    public String toString() {
        return median ? "median" : qs.length == 1 ? "quantile(" + qs[0] + ")" : "quantile(" + Arrays.toString(qs) + ")";
    }
}
