package io.chunkwise.array;

/**
 * Cache-blocked matrix products on row-major primitive arrays: {@code C[h×w] += A[h×k] · B[k×w]}.
 * Blocks of B (256 × 256) stay in L2; four rows of C at a time accumulate in small row buffers the
 * JIT vectorises ({@code c += a * b} over contiguous columns). Doubles follow IEEE rounding with no
 * fused multiply-add; longs wrap around (two's complement), so a product taken modulo the output
 * type's width equals NumPy's integer matmul.
 */
final class MatmulKernel {
    private static final int JB = 256;
    private static final int PB = 256;

    private MatmulKernel() {
    }

    static void multiply(double[] c, double[] a, double[] b, int h, int k, int w) {
        double[] t0 = new double[JB];
        double[] t1 = new double[JB];
        double[] t2 = new double[JB];
        double[] t3 = new double[JB];
        for (int jj = 0; jj < w; jj += JB) {
            int jl = Math.min(JB, w - jj);
            for (int pp = 0; pp < k; pp += PB) {
                int pe = Math.min(k, pp + PB);
                int i = 0;
                for (; i + 3 < h; i += 4) {
                    int r0 = i * w + jj;
                    System.arraycopy(c, r0, t0, 0, jl);
                    System.arraycopy(c, r0 + w, t1, 0, jl);
                    System.arraycopy(c, r0 + 2 * w, t2, 0, jl);
                    System.arraycopy(c, r0 + 3 * w, t3, 0, jl);
                    int a0 = i * k;
                    for (int p = pp; p < pe; p++) {
                        double x0 = a[a0 + p];
                        double x1 = a[a0 + k + p];
                        double x2 = a[a0 + 2 * k + p];
                        double x3 = a[a0 + 3 * k + p];
                        int bo = p * w + jj;
                        for (int j = 0; j < jl; j++) {
                            double y = b[bo + j];
                            t0[j] += x0 * y;
                            t1[j] += x1 * y;
                            t2[j] += x2 * y;
                            t3[j] += x3 * y;
                        }
                    }
                    System.arraycopy(t0, 0, c, r0, jl);
                    System.arraycopy(t1, 0, c, r0 + w, jl);
                    System.arraycopy(t2, 0, c, r0 + 2 * w, jl);
                    System.arraycopy(t3, 0, c, r0 + 3 * w, jl);
                }
                for (; i < h; i++) {
                    int r0 = i * w + jj;
                    for (int p = pp; p < pe; p++) {
                        double x = a[i * k + p];
                        int bo = p * w + jj;
                        for (int j = 0; j < jl; j++) {
                            c[r0 + j] += x * b[bo + j];
                        }
                    }
                }
            }
        }
    }

    static void multiply(long[] c, long[] a, long[] b, int h, int k, int w) {
        long[] t0 = new long[JB];
        long[] t1 = new long[JB];
        long[] t2 = new long[JB];
        long[] t3 = new long[JB];
        for (int jj = 0; jj < w; jj += JB) {
            int jl = Math.min(JB, w - jj);
            for (int pp = 0; pp < k; pp += PB) {
                int pe = Math.min(k, pp + PB);
                int i = 0;
                for (; i + 3 < h; i += 4) {
                    int r0 = i * w + jj;
                    System.arraycopy(c, r0, t0, 0, jl);
                    System.arraycopy(c, r0 + w, t1, 0, jl);
                    System.arraycopy(c, r0 + 2 * w, t2, 0, jl);
                    System.arraycopy(c, r0 + 3 * w, t3, 0, jl);
                    int a0 = i * k;
                    for (int p = pp; p < pe; p++) {
                        long x0 = a[a0 + p];
                        long x1 = a[a0 + k + p];
                        long x2 = a[a0 + 2 * k + p];
                        long x3 = a[a0 + 3 * k + p];
                        int bo = p * w + jj;
                        for (int j = 0; j < jl; j++) {
                            long y = b[bo + j];
                            t0[j] += x0 * y;
                            t1[j] += x1 * y;
                            t2[j] += x2 * y;
                            t3[j] += x3 * y;
                        }
                    }
                    System.arraycopy(t0, 0, c, r0, jl);
                    System.arraycopy(t1, 0, c, r0 + w, jl);
                    System.arraycopy(t2, 0, c, r0 + 2 * w, jl);
                    System.arraycopy(t3, 0, c, r0 + 3 * w, jl);
                }
                for (; i < h; i++) {
                    int r0 = i * w + jj;
                    for (int p = pp; p < pe; p++) {
                        long x = a[i * k + p];
                        int bo = p * w + jj;
                        for (int j = 0; j < jl; j++) {
                            c[r0 + j] += x * b[bo + j];
                        }
                    }
                }
            }
        }
    }

    /** A storage buffer's values as doubles (the buffer itself for FLOAT64). */
    static double[] doubles(Object buf, DType t) {
        if (t == DType.FLOAT64) {
            return (double[]) buf;
        }
        int n = Buffers.length(buf);
        double[] out = new double[n];
        if (t == DType.FLOAT32) {
            float[] f = (float[]) buf;
            for (int i = 0; i < n; i++) {
                out[i] = f[i];
            }
            return out;
        }
        for (int i = 0; i < n; i++) {
            out[i] = Buffers.getDouble(buf, t, i);
        }
        return out;
    }

    /** A storage buffer's integer values as longs, unsigned types widened (the buffer itself for 64-bit types). */
    static long[] longs(Object buf, DType t) {
        if (t == DType.INT64 || t == DType.UINT64) {
            return (long[]) buf;
        }
        int n = Buffers.length(buf);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = Buffers.getLong(buf, t, i);
        }
        return out;
    }
}
