package io.chunkwise.array;

/**
 * Copies elements between two storage buffers of the same type along per-axis offset tables: for
 * every multi-index {@code (j0, ..., jn)}, {@code dst[sum dstOff[a][ja]] = src[sum srcOff[a][ja]]}.
 * One primitive loop per storage type, over the last two axes in cache-sized tiles (a transpose
 * reads across rows); where both tables of the last axis are consecutive a row is one
 * {@link System#arraycopy}. Serves slices (steps, flips), take and transposes alike.
 */
final class Gather {
    private Gather() {
    }

    /** Rows and columns of the last two axes are copied in tiles of this many, to stay in cache. */
    private static final int TILE = 64;

    static void copy(Object src, int[][] srcOff, Object dst, int[][] dstOff) {
        int nd = srcOff.length;
        if (nd == 0) {
            System.arraycopy(src, 0, dst, 0, 1);
            return;
        }
        for (int[] t : srcOff) {
            if (t.length == 0) {
                return;
            }
        }
        int[] sCol = srcOff[nd - 1];
        int[] dCol = dstOff[nd - 1];
        int[] sRow = nd >= 2 ? srcOff[nd - 2] : new int[] {0};
        int[] dRow = nd >= 2 ? dstOff[nd - 2] : new int[] {0};
        boolean contiguous = consecutive(sCol) && consecutive(dCol);
        int outer = Math.max(0, nd - 2);
        int[] idx = new int[outer];
        while (true) {
            int sb = 0;
            int db = 0;
            for (int a = 0; a < outer; a++) {
                sb += srcOff[a][idx[a]];
                db += dstOff[a][idx[a]];
            }
            if (contiguous) {
                for (int i = 0; i < sRow.length; i++) {
                    System.arraycopy(src, sb + sRow[i] + sCol[0], dst, db + dRow[i] + dCol[0], sCol.length);
                }
            } else {
                for (int i0 = 0; i0 < sRow.length; i0 += TILE) {
                    int i1 = Math.min(sRow.length, i0 + TILE);
                    for (int j0 = 0; j0 < sCol.length; j0 += TILE) {
                        int j1 = Math.min(sCol.length, j0 + TILE);
                        for (int i = i0; i < i1; i++) {
                            tile(src, sb + sRow[i], sCol, dst, db + dRow[i], dCol, j0, j1);
                        }
                    }
                }
            }
            int a = outer - 1;
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

    private static boolean consecutive(int[] t) {
        for (int j = 1; j < t.length; j++) {
            if (t[j] != t[0] + j) {
                return false;
            }
        }
        return true;
    }

    /** Columns {@code j0..j1-1} of one row. */
    private static void tile(Object src, int so, int[] s, Object dst, int dof, int[] d, int j0, int j1) {
        if (src instanceof double[] x) {
            double[] y = (double[]) dst;
            for (int j = j0; j < j1; j++) {
                y[dof + d[j]] = x[so + s[j]];
            }
        } else if (src instanceof float[] x) {
            float[] y = (float[]) dst;
            for (int j = j0; j < j1; j++) {
                y[dof + d[j]] = x[so + s[j]];
            }
        } else if (src instanceof long[] x) {
            long[] y = (long[]) dst;
            for (int j = j0; j < j1; j++) {
                y[dof + d[j]] = x[so + s[j]];
            }
        } else if (src instanceof int[] x) {
            int[] y = (int[]) dst;
            for (int j = j0; j < j1; j++) {
                y[dof + d[j]] = x[so + s[j]];
            }
        } else if (src instanceof short[] x) {
            short[] y = (short[]) dst;
            for (int j = j0; j < j1; j++) {
                y[dof + d[j]] = x[so + s[j]];
            }
        } else {
            byte[] x = (byte[]) src;
            byte[] y = (byte[]) dst;
            for (int j = j0; j < j1; j++) {
                y[dof + d[j]] = x[so + s[j]];
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
