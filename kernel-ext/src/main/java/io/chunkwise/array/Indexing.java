package io.chunkwise.array;

import io.chunkwise.graph.Expr;

import java.util.Arrays;

/**
 * Builds the selection operations (slice, take, transpose, squeeze, expandDims, flip) and rechunk:
 * arguments checked and output metadata (shape, chunks) derived at build time, data read lazily by
 * {@link SelectSource}.
 */
final class Indexing {
    private Indexing() {
    }

    static ChunkedArray slice(ChunkedArray x, Slice... perAxis) {
        int nd = x.ndim();
        if (perAxis == null) {
            throw new IllegalArgumentException("slice: slices are null; expected one Slice per axis (fewer = rest all)");
        }
        if (perAxis.length > nd) {
            throw new IllegalArgumentException("slice: " + perAxis.length + " slices " + Arrays.toString(perAxis)
                    + " for a " + nd + "-d array of shape " + Shapes.format(x.shape())
                    + "; give at most one Slice per axis");
        }
        int kept = 0;
        for (Slice s : perAxis) {
            if (s == null) {
                throw new IllegalArgumentException("slice: a slice in " + Arrays.toString(perAxis)
                        + " is null; use Slice.all() for a whole axis");
            }
            kept += s.dropsAxis() ? 0 : 1;
        }
        kept += nd - perAxis.length;
        int[] outToIn = new int[kept];
        AxisMap[] maps = new AxisMap[kept];
        int[][] lengths = new int[kept][];
        long[] fixed = new long[nd];
        Arrays.fill(fixed, -1);
        boolean identity = true;
        int o = 0;
        for (int a = 0; a < nd; a++) {
            Slice s = a < perAxis.length ? perAxis[a] : Slice.all();
            AxisMap.Range r = s.resolve(x.shape()[a], a);
            if (s.dropsAxis()) {
                fixed[a] = r.start();
                identity = false;
                continue;
            }
            identity &= r.start() == 0 && r.step() == 1 && r.length() == x.shape()[a];
            outToIn[o] = a;
            maps[o] = r;
            // a unit step keeps the input boundaries exactly; a larger step thins pieces, which merge up to the cap
            boolean merge = Math.abs(r.step()) != 1;
            lengths[o++] = AxisMap.chunkLengths(r.pieces(x.chunks(), a), AxisMap.cap(x.chunks(), a), merge);
        }
        return identity ? x : select(x, outToIn, maps, fixed, lengths, "slice");
    }

    static ChunkedArray take(ChunkedArray x, long[] indices, int axisIn) {
        int axis = axis("take", axisIn, x.ndim());
        if (indices == null) {
            throw new IllegalArgumentException("take: indices are null; expected an array of indices along axis " + axis);
        }
        long n = x.shape()[axis];
        long[] idx = new long[indices.length];
        for (int k = 0; k < idx.length; k++) {
            long i = indices[k] < 0 ? indices[k] + n : indices[k];
            if (i < 0 || i >= n) {
                throw new IndexOutOfBoundsException("take: index " + indices[k] + " (position " + k
                        + ") is out of bounds for axis " + axis + " with size " + n + "; expected " + (-n) + " to " + (n - 1));
            }
            idx[k] = i;
        }
        AxisMap.Table t = new AxisMap.Table(idx);
        return along(x, axis, t, AxisMap.chunkLengths(t.pieces(x.chunks(), axis), AxisMap.cap(x.chunks(), axis), true), "take");
    }

    static ChunkedArray flip(ChunkedArray x, int axisIn) {
        int axis = axis("flip", axisIn, x.ndim());
        long n = x.shape()[axis];
        int[] in = x.chunks().lengths(axis);
        int[] rev = new int[in.length];
        for (int i = 0; i < in.length; i++) {
            rev[i] = in[in.length - 1 - i];
        }
        return along(x, axis, new AxisMap.Range(Math.max(0, n - 1), -1, n), rev, "flip");
    }

    static ChunkedArray transpose(ChunkedArray x, int... axesIn) {
        int nd = x.ndim();
        int[] perm = new int[nd];
        if (axesIn == null || axesIn.length == 0) {
            for (int a = 0; a < nd; a++) {
                perm[a] = nd - 1 - a;
            }
        } else {
            if (axesIn.length != nd) {
                throw new IllegalArgumentException("transpose: axes " + Arrays.toString(axesIn) + " give " + axesIn.length
                        + " axes for a " + nd + "-d array of shape " + Shapes.format(x.shape())
                        + "; give a permutation of all " + nd + " axes, or none to reverse them");
            }
            boolean[] seen = new boolean[nd];
            for (int o = 0; o < nd; o++) {
                perm[o] = axis("transpose", axesIn[o], nd);
                if (seen[perm[o]]) {
                    throw new IllegalArgumentException("transpose: axis " + axesIn[o] + " appears twice in "
                            + Arrays.toString(axesIn) + "; give each of the " + nd + " axes once");
                }
                seen[perm[o]] = true;
            }
        }
        boolean identity = true;
        AxisMap[] maps = new AxisMap[nd];
        int[][] lengths = new int[nd][];
        for (int o = 0; o < nd; o++) {
            identity &= perm[o] == o;
            maps[o] = new AxisMap.Range(0, 1, x.shape()[perm[o]]);
            lengths[o] = x.chunks().lengths(perm[o]);
        }
        long[] fixed = new long[nd];
        Arrays.fill(fixed, -1);
        return identity ? x : select(x, perm, maps, fixed, lengths, "transpose");
    }

    static ChunkedArray squeeze(ChunkedArray x, int... axesIn) {
        int nd = x.ndim();
        boolean[] drop = new boolean[nd];
        if (axesIn == null || axesIn.length == 0) {
            for (int a = 0; a < nd; a++) {
                drop[a] = x.shape()[a] == 1;
            }
        } else {
            for (int a : Reductions.normalizeAxes("squeeze", axesIn, nd)) {
                if (x.shape()[a] != 1) {
                    throw new IllegalArgumentException("squeeze: axis " + a + " has length " + x.shape()[a]
                            + ", not 1, in shape " + Shapes.format(x.shape()) + "; only length-1 axes can be squeezed");
                }
                drop[a] = true;
            }
        }
        int kept = 0;
        for (boolean d : drop) {
            kept += d ? 0 : 1;
        }
        if (kept == nd) {
            return x;
        }
        int[] outToIn = new int[kept];
        AxisMap[] maps = new AxisMap[kept];
        int[][] lengths = new int[kept][];
        long[] fixed = new long[nd];
        int o = 0;
        for (int a = 0; a < nd; a++) {
            fixed[a] = drop[a] ? 0 : -1;
            if (!drop[a]) {
                outToIn[o] = a;
                maps[o] = new AxisMap.Range(0, 1, x.shape()[a]);
                lengths[o++] = x.chunks().lengths(a);
            }
        }
        return select(x, outToIn, maps, fixed, lengths, "squeeze");
    }

    static ChunkedArray expandDims(ChunkedArray x, int axisIn) {
        int nd = x.ndim();
        int axis = axisIn < 0 ? axisIn + nd + 1 : axisIn;
        if (axis < 0 || axis > nd) {
            throw new IllegalArgumentException("expandDims: axis " + axisIn + " is out of range for a " + nd
                    + "-d array (the result has " + (nd + 1) + " axes); expected " + (-nd - 1) + " to " + nd);
        }
        int[] outToIn = new int[nd + 1];
        AxisMap[] maps = new AxisMap[nd + 1];
        int[][] lengths = new int[nd + 1][];
        for (int o = 0, a = 0; o <= nd; o++) {
            if (o == axis) {
                outToIn[o] = -1;
                lengths[o] = new int[] {1};
            } else {
                outToIn[o] = a;
                maps[o] = new AxisMap.Range(0, 1, x.shape()[a]);
                lengths[o] = x.chunks().lengths(a++);
            }
        }
        long[] fixed = new long[nd];
        Arrays.fill(fixed, -1);
        return select(x, outToIn, maps, fixed, lengths, "expand_dims");
    }

    static ChunkedArray rechunk(ChunkedArray x, int... spec) {
        int[] nativeBlock = x.expr() instanceof Expr.Source s ? s.source().nativeBlock() : null;
        if (nativeBlock != null && nativeBlock.length != x.ndim()) {
            nativeBlock = null;
        }
        return rechunk(x, Chunks.normalize(x.shape(), x.dtype(), nativeBlock, spec));
    }

    static ChunkedArray rechunk(ChunkedArray x, Chunks chunks) {
        if (!Arrays.equals(chunks.shape(), x.shape())) {
            throw new IllegalArgumentException("rechunk: chunks " + chunks + " cover shape " + Shapes.format(chunks.shape())
                    + " but the array has shape " + Shapes.format(x.shape()) + "; give chunks over the same shape");
        }
        return chunks.equals(x.chunks()) ? x : new ChunkedArray(x.expr(), chunks);
    }

    /** {@code x} with one axis read through {@code map} and every other axis unchanged. */
    private static ChunkedArray along(ChunkedArray x, int axis, AxisMap map, int[] axisLengths, String name) {
        int nd = x.ndim();
        int[] outToIn = new int[nd];
        AxisMap[] maps = new AxisMap[nd];
        int[][] lengths = new int[nd][];
        long[] fixed = new long[nd];
        for (int a = 0; a < nd; a++) {
            outToIn[a] = a;
            fixed[a] = -1;
            maps[a] = a == axis ? map : new AxisMap.Range(0, 1, x.shape()[a]);
            lengths[a] = a == axis ? axisLengths : x.chunks().lengths(a);
        }
        return select(x, outToIn, maps, fixed, lengths, name);
    }

    private static ChunkedArray select(ChunkedArray x, int[] outToIn, AxisMap[] maps, long[] fixed, int[][] lengths,
                                       String name) {
        SelectSource src = new SelectSource(x.expr(), x.chunks(), outToIn, maps, fixed, name);
        return new ChunkedArray(new Expr.Source(src, name), Chunks.ofLengths(src.shape(), lengths));
    }

    /** An axis in range, negative counted from the end, or an error naming the operation. */
    static int axis(String what, int axis, int nd) {
        int a = axis < 0 ? axis + nd : axis;
        if (a < 0 || a >= nd) {
            throw new IllegalArgumentException(what + ": axis " + axis + " is out of range for a " + nd
                    + "-d array; expected " + (-nd) + " to " + (nd - 1));
        }
        return a;
    }
}
