package io.chunkwise.kernels;

/** Float summation loops with several independent accumulators (accurate and fast). */
final class Sums {
    private Sums() {
    }

    /** Sum of {@code v[off..off+len)}; NaN propagates. */
    static double sum(double[] v, int off, int len) {
        if (Simd.ENABLED) {
            return VectorLoops.sum(v, off, len);
        }
        return scalarSum(v, off, len);
    }

    /** {@link #sum} with eight scalar accumulators (without the Vector API). */
    static double scalarSum(double[] v, int off, int len) {
        double a0 = 0;
        double a1 = 0;
        double a2 = 0;
        double a3 = 0;
        double a4 = 0;
        double a5 = 0;
        double a6 = 0;
        double a7 = 0;
        int i = off;
        int end = off + len;
        for (; i + 8 <= end; i += 8) {
            a0 += v[i];
            a1 += v[i + 1];
            a2 += v[i + 2];
            a3 += v[i + 3];
            a4 += v[i + 4];
            a5 += v[i + 5];
            a6 += v[i + 6];
            a7 += v[i + 7];
        }
        for (; i < end; i++) {
            a0 += v[i];
        }
        return ((a0 + a1) + (a2 + a3)) + ((a4 + a5) + (a6 + a7));
    }

    /**
     * Sum over {@code i < len} of the products {@code ((f[0][i] * f[1][i]) * f[2][i]) ...} of
     * {@code k} (2 to 4) factor tiles, every multiplication rounded before the next, as NumPy's
     * temporaries are.
     */
    static double products(double[][] f, int k, int len) {
        if (Simd.ENABLED) {
            return VectorLoops.products(f, k, len);
        }
        double s0 = 0;
        double s1 = 0;
        double[] a = f[0];
        double[] b = f[1];
        double[] c = k > 2 ? f[2] : null;
        double[] d = k > 3 ? f[3] : null;
        for (int i = 0; i < len; i++) {
            double p = a[i] * b[i];
            if (c != null) {
                p *= c[i];
            }
            if (d != null) {
                p *= d[i];
            }
            if ((i & 1) == 0) {
                s0 += p;
            } else {
                s1 += p;
            }
        }
        return s0 + s1;
    }

    /** Sum skipping NaN. */
    static double nanSum(double[] v, int off, int len) {
        double a0 = 0;
        double a1 = 0;
        int i = off;
        int end = off + len;
        for (; i + 2 <= end; i += 2) {
            double x = v[i];
            double y = v[i + 1];
            a0 += x == x ? x : 0;
            a1 += y == y ? y : 0;
        }
        for (; i < end; i++) {
            double x = v[i];
            a0 += x == x ? x : 0;
        }
        return a0 + a1;
    }

    static long countNotNaN(double[] v, int off, int len) {
        long k = 0;
        for (int i = off; i < off + len; i++) {
            if (v[i] == v[i]) {
                k++;
            }
        }
        return k;
    }

    /**
     * Sum of squared deviations from {@code mean}, with the two-pass correction for the rounding
     * of the mean (the M2 of a block).
     */
    static double squaredDeviations(double[] v, int off, int len, double mean) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double c0 = 0;
        double c1 = 0;
        int i = off;
        int end = off + len;
        for (; i + 4 <= end; i += 4) {
            double d0 = v[i] - mean;
            double d1 = v[i + 1] - mean;
            double d2 = v[i + 2] - mean;
            double d3 = v[i + 3] - mean;
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
            c0 += d0 + d1;
            c1 += d2 + d3;
        }
        for (; i < end; i++) {
            double d = v[i] - mean;
            s0 += d * d;
            c0 += d;
        }
        double corr = c0 + c1;
        return (s0 + s1) + (s2 + s3) - corr * corr / len;
    }
}
