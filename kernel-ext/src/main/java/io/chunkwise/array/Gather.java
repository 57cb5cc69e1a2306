package io.chunkwise.array;

/**
 * Copies elements between two storage buffers of the same type along per-axis offset tables: for
 * every multi-index {@code (j0, ..., jn)}, {@code dst[sum dstOff[a][ja]] = src[sum srcOff[a][ja]]}.
 * One primitive loop per storage type; where both tables of the last axis are consecutive the row is
 * one {@link System#arraycopy}. Serves slices (steps, flips), take and transposes alike.
 */
final class Gather {
    private Gather() {
    }

    static void copy(Object src, long[][] srcOff, Object dst, long[][] dstOff) {
        int nd = srcOff.length;
        if (nd == 0) {
            System.arraycopy(src, 0, dst, 0, 1);
            return;
        }
        for (long[] t : srcOff) {
            if (t.length == 0) {
                return;
            }
        }
        long[] s = srcOff[nd - 1];
        long[] d = dstOff[nd - 1];
        boolean contiguous = consecutive(s) && consecutive(d);
        int[] idx = new int[nd];
        while (true) {
            long sb = 0;
            long db = 0;
            for (int a = 0; a < nd - 1; a++) {
                sb += srcOff[a][idx[a]];
                db += dstOff[a][idx[a]];
            }
            if (contiguous) {
                System.arraycopy(src, (int) (sb + s[0]), dst, (int) (db + d[0]), s.length);
            } else {
                row(src, sb, s, dst, db, d);
            }
            int a = nd - 2;
            while (a >= 0) {
                if (++idx[a] < srcOff[a].length) {
                    break;
                }
                idx[a] = 0;
                a--;
            }
            if (a < 0) {
                return;
            }
        }
    }

    private static boolean consecutive(long[] t) {
        for (int j = 1; j < t.length; j++) {
            if (t[j] != t[0] + j) {
                return false;
            }
        }
        return true;
    }

    private static void row(Object src, long sb, long[] s, Object dst, long db, long[] d) {
        int n = s.length;
        int so = (int) sb;
        int dof = (int) db;
        if (src instanceof double[] x) {
            double[] y = (double[]) dst;
            for (int j = 0; j < n; j++) {
                y[dof + (int) d[j]] = x[so + (int) s[j]];
            }
        } else if (src instanceof float[] x) {
            float[] y = (float[]) dst;
            for (int j = 0; j < n; j++) {
                y[dof + (int) d[j]] = x[so + (int) s[j]];
            }
        } else if (src instanceof long[] x) {
            long[] y = (long[]) dst;
            for (int j = 0; j < n; j++) {
                y[dof + (int) d[j]] = x[so + (int) s[j]];
            }
        } else if (src instanceof int[] x) {
            int[] y = (int[]) dst;
            for (int j = 0; j < n; j++) {
                y[dof + (int) d[j]] = x[so + (int) s[j]];
            }
        } else if (src instanceof short[] x) {
            short[] y = (short[]) dst;
            for (int j = 0; j < n; j++) {
                y[dof + (int) d[j]] = x[so + (int) s[j]];
            }
        } else {
            byte[] x = (byte[]) src;
            byte[] y = (byte[]) dst;
            for (int j = 0; j < n; j++) {
                y[dof + (int) d[j]] = x[so + (int) s[j]];
            }
        }
    }

    /**
     * Copies a box whose rows are contiguous on both sides: for every multi-index over
     * {@code counts} but the last, a run of {@code counts[last]} elements from
     * {@code src[sum j*srcStride]} to {@code dst[dstBase + sum j*dstStride]}.
     */
    static void runs(Object src, long[] srcStride, Object dst, long dstBase, long[] dstStride, long[] counts) {
        int nd = counts.length;
        for (long c : counts) {
            if (c == 0) {
                return;
            }
        }
        int row = nd == 0 ? 1 : (int) counts[nd - 1];
        int[] idx = new int[Math.max(0, nd - 1)];
        while (true) {
            long so = 0;
            long d = dstBase;
            for (int a = 0; a < nd - 1; a++) {
                so += idx[a] * srcStride[a];
                d += idx[a] * dstStride[a];
            }
            System.arraycopy(src, (int) so, dst, (int) d, row);
            int a = nd - 2;
            while (a >= 0) {
                if (++idx[a] < counts[a]) {
                    break;
                }
                idx[a] = 0;
                a--;
            }
            if (a < 0) {
                return;
            }
        }
    }
}
