package io.chunkwise.kernels;

/** Float summation loops with several independent accumulators (accurate and fast). */
final class Sums {
    private Sums() {
    }

    /** Sum of {@code v[off..off+len)}; NaN propagates. */
    static double sum(double[] v, int off, int len) {
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
}
