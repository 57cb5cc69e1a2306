package io.chunkwise.array;

import io.chunkwise.graph.Expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds joins ({@code concatenate}, {@code stack}): shapes checked, dtypes promoted with
 * {@link DType#promote}, chunk lists joined along the axis (other axes take the first array's
 * chunks). Internal: not API, call {@code Chunkwise}.
 */
public final class Joins {
    private Joins() {
    }

    /** NumPy's {@code concatenate}: shapes equal except along {@code axis}. */
    public static ChunkedArray concatenate(int axisIn, ChunkedArray... arrays) {
        return concatenate("concatenate", axisIn, arrays);
    }

    private static ChunkedArray concatenate(String name, int axisIn, ChunkedArray... arrays) {
        check(name, arrays);
        ChunkedArray first = arrays[0];
        int nd = first.ndim();
        if (nd == 0) {
            throw new IllegalArgumentException("concatenate: zero-dimensional arrays cannot be concatenated; "
                    + "use stack, or expandDims(0) first");
        }
        int axis = Indexing.axis("concatenate", axisIn, nd);
        DType t = first.dtype();
        for (int i = 1; i < arrays.length; i++) {
            ChunkedArray x = arrays[i];
            boolean same = x.ndim() == nd;
            for (int a = 0; same && a < nd; a++) {
                same = a == axis || x.shape()[a] == first.shape()[a];
            }
            if (!same) {
                throw new IllegalArgumentException("concatenate: array " + i + " has shape " + Shapes.format(x.shape())
                        + " but array 0 has shape " + Shapes.format(first.shape()) + "; all shapes must match except "
                        + "along axis " + axis);
            }
            t = DType.promote(t, x.dtype());
        }
        if (arrays.length == 1) {
            return first;
        }
        List<Expr> inputs = new ArrayList<>();
        List<Integer> axisLengths = new ArrayList<>();
        long total = 0;
        for (ChunkedArray x : arrays) {
            inputs.add(x.astype(t).expr());
            total += x.shape()[axis];
            if (x.shape()[axis] > 0) {
                for (int l : x.chunks().lengths(axis)) {
                    axisLengths.add(l);
                }
            }
        }
        int[][] lengths = new int[nd][];
        for (int a = 0; a < nd; a++) {
            lengths[a] = a == axis ? (total == 0 ? new int[] {0} : axisLengths.stream().mapToInt(Integer::intValue).toArray())
                    : first.chunks().lengths(a);
        }
        ConcatSource src = new ConcatSource(inputs, axis, name);
        return new ChunkedArray(new Expr.Source(src, src.name()), Chunks.ofLengths(src.shape(), lengths));
    }

    /** NumPy's {@code stack}: equal shapes joined along a new axis (chunks of 1 along it). */
    public static ChunkedArray stack(int axisIn, ChunkedArray... arrays) {
        check("stack", arrays);
        long[] shape = arrays[0].shape();
        int nd = shape.length;
        int axis = axisIn < 0 ? axisIn + nd + 1 : axisIn;
        if (axis < 0 || axis > nd) {
            throw new IllegalArgumentException("stack: axis " + axisIn + " is out of range for " + nd
                    + "-d arrays (the result has " + (nd + 1) + " axes); expected " + (-nd - 1) + " to " + nd);
        }
        ChunkedArray[] expanded = new ChunkedArray[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            if (!Arrays.equals(arrays[i].shape(), shape)) {
                throw new IllegalArgumentException("stack: array " + i + " has shape " + Shapes.format(arrays[i].shape())
                        + " but array 0 has shape " + Shapes.format(shape) + "; stacked arrays must all have one shape");
            }
            expanded[i] = Indexing.expandDims(arrays[i], axis);
        }
        if (arrays.length == 1) {
            return expanded[0];
        }
        return concatenate("stack", axis, expanded);
    }

    private static void check(String what, ChunkedArray[] arrays) {
        if (arrays == null || arrays.length == 0) {
            throw new IllegalArgumentException(what + ": need at least one array to " + what);
        }
        for (int i = 0; i < arrays.length; i++) {
            if (arrays[i] == null) {
                throw new IllegalArgumentException(what + ": array " + i + " is null");
            }
        }
    }
}
