package io.chunkwise.array;

import io.chunkwise.graph.Engine;
import io.chunkwise.graph.Expr;
import io.chunkwise.kernels.ReduceOp;

import java.util.Arrays;
import java.util.TreeSet;

/** Builds reduction nodes: axis normalisation, result shape and chunks, checked at build time. */
final class Reductions {
    private Reductions() {
    }

    static ChunkedArray reduce(ChunkedArray x, ReduceOp op, int[] axesIn, boolean keepDims, int ddof) {
        int nd = x.ndim();
        int[] axes = normalizeAxes(op.label(), axesIn, nd);
        if (ddof < 0) {
            throw new IllegalArgumentException("ddof must be >= 0 but got " + ddof);
        }
        if (Engine.needsElements(op)) {
            for (int a : axes) {
                if (x.shape()[a] == 0) {
                    throw new IllegalArgumentException(op.label() + " of an array with a zero-length axis " + a
                            + " (shape " + Arrays.toString(x.shape()) + ") has no result; select a non-empty part first");
                }
            }
        }
        boolean[] red = new boolean[nd];
        for (int a : axes) {
            red[a] = true;
        }
        int keptDims = keepDims ? nd : nd - axes.length;
        long[] shape = new long[keptDims];
        int[][] lengths = new int[keptDims][];
        int k = 0;
        for (int a = 0; a < nd; a++) {
            if (!red[a]) {
                shape[k] = x.shape()[a];
                lengths[k++] = x.chunks().lengths(a);
            } else if (keepDims) {
                shape[k] = 1;
                lengths[k++] = new int[] {1};
            }
        }
        DType out = op.resultType(x.dtype());
        Expr e = new Expr.Reduce(op, x.expr(), axes, keepDims, ddof, out, shape, x.chunks());
        return new ChunkedArray(e, Chunks.ofLengths(shape, lengths));
    }

    static ChunkedArray arg(ChunkedArray x, ReduceOp op, Integer axis) {
        if (axis == null) {
            int[] all = new int[x.ndim()];
            for (int a = 0; a < all.length; a++) {
                all[a] = a;
            }
            return reduce(x, op, all, false, 0);
        }
        return reduce(x, op, new int[] {axis}, false, 0);
    }

    /** Sorted distinct axes in range, negative axes counted from the end; empty means all. */
    static int[] normalizeAxes(String what, int[] axes, int nd) {
        if (axes == null || axes.length == 0) {
            int[] all = new int[nd];
            for (int a = 0; a < nd; a++) {
                all[a] = a;
            }
            return all;
        }
        TreeSet<Integer> set = new TreeSet<>();
        for (int a : axes) {
            int n = a < 0 ? a + nd : a;
            if (n < 0 || n >= nd) {
                throw new IllegalArgumentException(what + ": axis " + a + " is out of range for a " + nd
                        + "-d array; expected -" + nd + " to " + (nd - 1));
            }
            if (!set.add(n)) {
                throw new IllegalArgumentException(what + ": axis " + a + " is given twice in " + Arrays.toString(axes));
            }
        }
        return set.stream().mapToInt(Integer::intValue).toArray();
    }
}
