package io.chunkwise.array;

import io.chunkwise.schedule.Cancellation;

/**
 * The hottest loop of an exact quantile, for float data: one pass that counts the values in the gaps
 * around some key ranges and keeps those inside, comparing the floats themselves instead of their
 * sort keys. Valid when every range gathers and no bound is a zero or NaN: then float order and key
 * order agree on which side of a bound every value lies ({@code -0.0} and {@code 0.0} fall on the
 * same side), and NaN, which compares false everywhere, is counted as NaN.
 */
final class FloatGather {
    private static final int MAX_RANGES = 16;

    private FloatGather() {
    }

    static boolean applies(DType t, RadixPass.Plan plan) {
        int m = plan.los().length;
        if (!t.isFloat() || m > MAX_RANGES) {
            return false;
        }
        for (int g = 0; g < m; g++) {
            double lo = SortKeys.toDouble(plan.los()[g] ^ Long.MIN_VALUE, t);
            double hi = SortKeys.toDouble(plan.his()[g] ^ Long.MIN_VALUE, t);
            if (plan.shifts()[g] >= 0 || lo != lo || hi != hi || lo == 0 || hi == 0) {
                return false;
            }
        }
        return true;
    }

    static void scan(Object values, int from, int n, DType t, RadixPass.Plan plan, RadixPass.Worker w) {
        int m = plan.los().length;
        double[] lo = new double[m];
        double[] hi = new double[m];
        for (int g = 0; g < m; g++) {
            lo[g] = SortKeys.toDouble(plan.los()[g] ^ Long.MIN_VALUE, t);
            hi[g] = SortKeys.toDouble(plan.his()[g] ^ Long.MIN_VALUE, t);
        }
        long under = 0;
        long over = 0;
        long nan = 0;
        boolean doubles = t == DType.FLOAT64;
        double[] dv = doubles ? (double[]) values : null;
        float[] fv = doubles ? null : (float[]) values;
        Cancellation.check();
        if (plan.skewed()) {
            // the ranges lie near one end: "below" and "above" are predictable branches, the fastest loop
            double first = lo[0];
            double last = hi[m - 1];
            for (int i = from, end = from + n; i < end; i++) {
                double x = doubles ? dv[i] : fv[i];
                if (x < first) {
                    under++;
                } else if (x > last) {
                    over++;
                } else if (x == x) {
                    visit(x, doubles, lo, hi, m, w);
                } else {
                    nan++;
                }
            }
        } else {
            // a median splits the data half and half, which defeats branch prediction: count "below"
            // without a branch and test "inside the ranges' span" with one unsigned key comparison
            long sLo = plan.los()[0];
            long span = (plan.his()[m - 1] - sLo) ^ Long.MIN_VALUE;
            long inSpan = 0;
            for (int i = from, end = from + n; i < end; i++) {
                double x = doubles ? dv[i] : fv[i];
                long k = doubles ? key(x) : key((float) x);
                under += k < sLo ? 1 : 0;
                nan += x != x ? 1 : 0;
                if (((k - sLo) ^ Long.MIN_VALUE) <= span) {
                    visit(x, doubles, lo, hi, m, w);
                    inSpan++;
                }
            }
            over = n - under - inSpan; // NaN counts below or above by its key: a NaN ends the search anyway
        }
        w.gaps[0] += under;
        w.gaps[m] += over;
        if (plan.countNaN()) {
            w.nan += nan;
        }
    }

    /** A value inside the ranges' span: kept if inside a range, else counted in its gap. */
    private static void visit(double x, boolean doubles, double[] lo, double[] hi, int m, RadixPass.Worker w) {
        int g = -1;
        for (int j = 0; j < m; j++) {
            g += lo[j] <= x ? 1 : 0;
        }
        if (x > hi[g]) {
            w.gaps[g + 1]++;
        } else {
            w.inside[g]++;
            w.keep(doubles ? key(x) : key((float) x));
        }
    }

    /** The signed-order sort key of a double (see {@link SortKeys}). */
    private static long key(double x) {
        long b = Double.doubleToRawLongBits(x);
        return b ^ ((b >> 63) | Long.MIN_VALUE) ^ Long.MIN_VALUE;
    }

    private static long key(float x) {
        int b = Float.floatToRawIntBits(x);
        return ((b ^ ((b >> 31) | Integer.MIN_VALUE)) & 0xFFFF_FFFFL) ^ Long.MIN_VALUE;
    }
}
