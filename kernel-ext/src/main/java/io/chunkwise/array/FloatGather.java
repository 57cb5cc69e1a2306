package io.chunkwise.array;

import io.chunkwise.schedule.Cancellation;

/**
 * The hottest loop of an exact quantile, for float data: one pass that counts the values below and
 * above one key range and keeps those inside, comparing the floats themselves instead of their sort
 * keys. Valid when neither bound is a zero or NaN: then float order and key order agree on which
 * side of a bound every value lies ({@code -0.0} and {@code 0.0} fall on the same side), and NaN,
 * which compares false everywhere, is counted as NaN.
 */
final class FloatGather {
    private static final int BLOCK = 4096;

    private FloatGather() {
    }

    static boolean applies(DType t, RadixPass.Plan plan) {
        if (!t.isFloat()) {
            return false;
        }
        double lo = SortKeys.toDouble(plan.los()[0] ^ Long.MIN_VALUE, t);
        double hi = SortKeys.toDouble(plan.his()[0] ^ Long.MIN_VALUE, t);
        return lo == lo && hi == hi && lo != 0 && hi != 0;
    }

    static void scan(Object values, int from, int n, DType t, RadixPass.Plan plan, RadixPass.Worker w) {
        double lo = SortKeys.toDouble(plan.los()[0] ^ Long.MIN_VALUE, t);
        double hi = SortKeys.toDouble(plan.his()[0] ^ Long.MIN_VALUE, t);
        long under = 0;
        long over = 0;
        long in = 0;
        long nan = 0;
        for (int off = 0; off < n; off += BLOCK) {
            int end = from + Math.min(n, off + BLOCK);
            if (t == DType.FLOAT64) {
                double[] v = (double[]) values;
                for (int i = from + off; i < end; i++) {
                    double x = v[i];
                    if (x < lo) {
                        under++;
                    } else if (x > hi) {
                        over++;
                    } else if (x == x) {
                        in++;
                        long b = Double.doubleToRawLongBits(x);
                        w.keep(b ^ ((b >> 63) | Long.MIN_VALUE) ^ Long.MIN_VALUE);
                    } else {
                        nan++;
                    }
                }
            } else {
                float[] v = (float[]) values;
                float flo = (float) lo;
                float fhi = (float) hi;
                for (int i = from + off; i < end; i++) {
                    float x = v[i];
                    if (x < flo) {
                        under++;
                    } else if (x > fhi) {
                        over++;
                    } else if (x == x) {
                        in++;
                        int b = Float.floatToRawIntBits(x);
                        w.keep(((b ^ ((b >> 31) | Integer.MIN_VALUE)) & 0xFFFF_FFFFL) ^ Long.MIN_VALUE);
                    } else {
                        nan++;
                    }
                }
            }
            Cancellation.check();
        }
        w.gaps[0] += under;
        w.gaps[1] += over;
        w.inside[0] += in;
        if (plan.countNaN()) {
            w.nan += nan;
        }
    }
}
