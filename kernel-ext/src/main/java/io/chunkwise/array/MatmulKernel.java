package io.chunkwise.array;

/**
 * Cache-blocked matrix products on row-major primitive arrays: {@code C[h×w] += A[h×k] · B[k×w]}.
 * A block of B ({@value #PB} rows × {@value #JB} columns) is copied into row arrays that stay in L2;
 * each row of C accumulates in a small buffer through loops {@code t[j] += a * b[j]} over arrays
 * that start at index 0, which C2 vectorises (with offsets into shared arrays it cannot rule out
 * aliasing and stays scalar, about 3× slower). Doubles follow IEEE rounding with no fused
 * multiply-add; longs wrap around (two's complement), so products taken modulo the output type's
 * width equal NumPy's integer matmul.
 */
final class MatmulKernel {
    private static final int JB = 512;
    private static final int PB = 128;

    private MatmulKernel() {
    }

    static void multiply(double[] c, double[] a, double[] b, int h, int k, int w) {
        double[][] block = new double[Math.min(PB, k)][Math.min(JB, w)];
        double[] t = new double[Math.min(JB, w)];
        for (int jj = 0; jj < w; jj += JB) {
            int jl = Math.min(JB, w - jj);
            for (int pp = 0; pp < k; pp += PB) {
                int pl = Math.min(PB, k - pp);
                for (int p = 0; p < pl; p++) {
                    System.arraycopy(b, (pp + p) * w + jj, block[p], 0, jl);
                }
                for (int i = 0; i < h; i++) {
                    int row = i * w + jj;
                    int ai = i * k + pp;
                    System.arraycopy(c, row, t, 0, jl);
                    for (int p = 0; p < pl; p++) {
                        double x = a[ai + p];
                        double[] y = block[p];
                        for (int j = 0; j < jl; j++) {
                            t[j] += x * y[j];
                        }
                    }
                    System.arraycopy(t, 0, c, row, jl);
                }
            }
        }
    }

    static void multiply(long[] c, long[] a, long[] b, int h, int k, int w) {
        long[][] block = new long[Math.min(PB, k)][Math.min(JB, w)];
        long[] t = new long[Math.min(JB, w)];
        for (int jj = 0; jj < w; jj += JB) {
            int jl = Math.min(JB, w - jj);
            for (int pp = 0; pp < k; pp += PB) {
                int pl = Math.min(PB, k - pp);
                for (int p = 0; p < pl; p++) {
                    System.arraycopy(b, (pp + p) * w + jj, block[p], 0, jl);
                }
                for (int i = 0; i < h; i++) {
                    int row = i * w + jj;
                    int ai = i * k + pp;
                    System.arraycopy(c, row, t, 0, jl);
                    for (int p = 0; p < pl; p++) {
                        long x = a[ai + p];
                        long[] y = block[p];
                        for (int j = 0; j < jl; j++) {
                            t[j] += x * y[j];
                        }
                    }
                    System.arraycopy(t, 0, c, row, jl);
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
