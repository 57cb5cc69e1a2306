package io.chunkwise.array;

import io.chunkwise.graph.Expr;
import io.chunkwise.graph.RegionEvaluator;

import java.util.Arrays;

/**
 * Reads one block together with its halo for {@code mapOverlap}: the block's region grown by the
 * depth on each side, with positions beyond the array filled by the boundary rule. Only the values
 * the halo needs are evaluated: the grown region clipped to the array, plus (for periodic and
 * reflect) the few rows or columns from the far side or the mirror; never whole neighbours.
 */
final class HaloRead {
    private HaloRead() {
    }

    /** A block with its halo: the values, their shape, and the halo width before the block per axis. */
    record Padded(Object values, long[] shape, int[] before) {
    }

    static Padded read(Expr input, Region block, int[] depth, Boundary boundary) {
        long[] shape = input.shape();
        int nd = block.ndim();
        long[][] src = new long[nd][];
        long[] from = new long[nd];
        long[] pshape = new long[nd];
        int[] before = new int[nd];
        boolean inside = true;
        for (int a = 0; a < nd; a++) {
            long s = block.start()[a];
            long e = s + block.size()[a];
            long f = s - depth[a];
            long t = e + depth[a];
            if (boundary.kind() == Boundary.Kind.NONE) {
                f = Math.max(0, f);
                t = Math.min(shape[a], t);
            }
            inside &= f >= 0 && t <= shape[a];
            from[a] = f;
            pshape[a] = t - f;
            before[a] = (int) (s - f);
            src[a] = new long[(int) (t - f)];
            for (int j = 0; j < src[a].length; j++) {
                src[a][j] = boundary.source(f + j, shape[a]);
            }
        }
        if (inside) {
            int[] size = new int[nd];
            for (int a = 0; a < nd; a++) {
                size[a] = (int) pshape[a];
            }
            return new Padded(RegionEvaluator.evaluate(input, new Region(from, size)), pshape, before);
        }
        return new Padded(gathered(input, src, pshape, boundary), pshape, before);
    }

    /** Evaluates the distinct source rows/columns per axis as one compact box, then gathers the halo from it. */
    private static Object gathered(Expr input, long[][] src, long[] pshape, Boundary boundary) {
        int nd = src.length;
        long[][] distinct = new long[nd][];
        int[][] compact = new int[nd][];
        long[] cshape = new long[nd];
        for (int a = 0; a < nd; a++) {
            distinct[a] = Arrays.stream(src[a]).filter(v -> v >= 0).sorted().distinct().toArray();
            cshape[a] = distinct[a].length;
            compact[a] = new int[src[a].length];
            for (int j = 0; j < src[a].length; j++) {
                compact[a][j] = src[a][j] < 0 ? -1 : Arrays.binarySearch(distinct[a], src[a][j]);
            }
        }
        Object values = compactValues(input, distinct, cshape);
        DType dtype = input.dtype();
        int total = (int) product(pshape);
        Object out = Buffers.allocate(dtype, total);
        if (total == 0) {
            return out;
        }
        Object fill = Buffers.allocate(dtype, 1);
        Buffers.setDouble(fill, dtype, 0, boundary.value());
        long[] cstride = Buffers.strides(cshape);
        int last = nd - 1;
        int row = (int) pshape[last];
        int[] lastMap = compact[last];
        int rows = total / row;
        int[] m = new int[nd];
        for (int r = 0; r < rows; r++) {
            long base = 0;
            boolean constantRow = false;
            for (int a = 0; a < last; a++) {
                int c = compact[a][m[a]];
                constantRow |= c < 0;
                base += c * cstride[a];
            }
            int dst = r * row;
            int j = 0;
            while (j < row) {
                int c = lastMap[j];
                int k = j + 1;
                while (k < row && (c < 0 ? lastMap[k] < 0 : lastMap[k] == c + (k - j))) {
                    k++;
                }
                if (constantRow || c < 0) {
                    fill(out, dst + j, k - j, fill);
                } else {
                    System.arraycopy(values, (int) (base + c), out, dst + j, k - j);
                }
                j = k;
            }
            for (int a = last - 1; a >= 0; a--) {
                if (++m[a] < pshape[a]) {
                    break;
                }
                m[a] = 0;
            }
        }
        return out;
    }

    /** The values at every combination of the distinct indices per axis, one evaluated box per run. */
    private static Object compactValues(Expr input, long[][] distinct, long[] cshape) {
        int nd = distinct.length;
        Object values = Buffers.allocate(input.dtype(), (int) product(cshape));
        if (product(cshape) == 0) {
            return values;
        }
        int[][] runStart = new int[nd][];
        for (int a = 0; a < nd; a++) {
            runStart[a] = runs(distinct[a]);
        }
        int[] r = new int[nd];
        while (true) {
            long[] start = new long[nd];
            long[] at = new long[nd];
            int[] size = new int[nd];
            for (int a = 0; a < nd; a++) {
                int i0 = runStart[a][r[a]];
                int i1 = runStart[a][r[a] + 1];
                start[a] = distinct[a][i0];
                at[a] = i0;
                size[a] = i1 - i0;
            }
            Object box = RegionEvaluator.evaluate(input, new Region(start, size));
            Buffers.copyBox(box, BlockRegions.longs(size), new long[nd], values, cshape, at, size);
            int a = nd - 1;
            while (a >= 0) {
                if (++r[a] < runStart[a].length - 1) {
                    break;
                }
                r[a] = 0;
                a--;
            }
            if (a < 0) {
                return values;
            }
        }
    }

    /** Positions where runs of consecutive values start in a sorted array, plus its length at the end. */
    private static int[] runs(long[] sorted) {
        int[] starts = new int[sorted.length + 1];
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1] + 1) {
                starts[n++] = i;
            }
        }
        starts[n++] = sorted.length;
        return Arrays.copyOf(starts, n);
    }

    private static void fill(Object buf, int from, int len, Object one) {
        int to = from + len;
        if (buf instanceof double[] d) {
            Arrays.fill(d, from, to, ((double[]) one)[0]);
        } else if (buf instanceof float[] f) {
            Arrays.fill(f, from, to, ((float[]) one)[0]);
        } else if (buf instanceof long[] l) {
            Arrays.fill(l, from, to, ((long[]) one)[0]);
        } else if (buf instanceof int[] i) {
            Arrays.fill(i, from, to, ((int[]) one)[0]);
        } else if (buf instanceof short[] s) {
            Arrays.fill(s, from, to, ((short[]) one)[0]);
        } else {
            Arrays.fill((byte[]) buf, from, to, ((byte[]) one)[0]);
        }
    }

    static long product(long[] shape) {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        return n;
    }
}
