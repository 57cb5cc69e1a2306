package io.chunkwise.array;

import java.util.Arrays;

/**
 * Running sums and products along one axis of a C-order buffer seen as {@code outer × len × inner}
 * (the axis in the middle), continuing from one carry value per {@code (outer, inner)} position.
 * Each position is updated strictly in axis order, one rounding per step in the buffer's own type,
 * which is exactly NumPy's {@code add.accumulate}/{@code multiply.accumulate}. Buffers are
 * {@code double[]}, {@code float[]} or {@code long[]} (integer arithmetic wraps, as in NumPy).
 */
final class AxisScan {
    private AxisScan() {
    }

    /** A carry buffer of {@code n} identity values (0 for sums, 1 for products) of {@code buf}'s type. */
    static Object identity(DType dtype, int n, boolean product) {
        Object c = Buffers.allocate(dtype, n);
        if (product) {
            if (c instanceof double[] d) {
                Arrays.fill(d, 1.0);
            } else if (c instanceof float[] f) {
                Arrays.fill(f, 1.0f);
            } else {
                Arrays.fill((long[]) c, 1L);
            }
        }
        return c;
    }

    /** Replaces {@code buf} by its running values along the axis and leaves the last ones in {@code carry}. */
    static void scan(Object buf, int outer, int len, int inner, Object carry, boolean product) {
        run(buf, outer, len, inner, carry, product, true);
    }

    /** Folds {@code buf} along the axis into {@code carry}, leaving {@code buf} unchanged. */
    static void fold(Object buf, int outer, int len, int inner, Object carry, boolean product) {
        run(buf, outer, len, inner, carry, product, false);
    }

    private static void run(Object buf, int outer, int len, int inner, Object carry, boolean product, boolean write) {
        for (int o = 0; o < outer; o++) {
            int c0 = o * inner;
            for (int j = 0; j < len; j++) {
                int b0 = (o * len + j) * inner;
                if (buf instanceof double[] d) {
                    double[] c = (double[]) carry;
                    for (int i = 0; i < inner; i++) {
                        double v = product ? c[c0 + i] * d[b0 + i] : c[c0 + i] + d[b0 + i];
                        c[c0 + i] = v;
                        if (write) {
                            d[b0 + i] = v;
                        }
                    }
                } else if (buf instanceof float[] f) {
                    float[] c = (float[]) carry;
                    for (int i = 0; i < inner; i++) {
                        float v = product ? c[c0 + i] * f[b0 + i] : c[c0 + i] + f[b0 + i];
                        c[c0 + i] = v;
                        if (write) {
                            f[b0 + i] = v;
                        }
                    }
                } else {
                    long[] l = (long[]) buf;
                    long[] c = (long[]) carry;
                    for (int i = 0; i < inner; i++) {
                        long v = product ? c[c0 + i] * l[b0 + i] : c[c0 + i] + l[b0 + i];
                        c[c0 + i] = v;
                        if (write) {
                            l[b0 + i] = v;
                        }
                    }
                }
            }
        }
    }

    /** Products of the region's sizes before and after {@code axis}: the {@code outer} and {@code inner} counts. */
    static int[] outerInner(int[] size, int axis) {
        long outer = 1;
        long inner = 1;
        for (int a = 0; a < size.length; a++) {
            if (a < axis) {
                outer *= size[a];
            } else if (a > axis) {
                inner *= size[a];
            }
        }
        return new int[] {(int) outer, (int) inner};
    }
}
