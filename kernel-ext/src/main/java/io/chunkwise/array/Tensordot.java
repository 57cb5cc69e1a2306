package io.chunkwise.array;

import java.util.Arrays;

/**
 * Tensor contraction over named axis pairs, as {@code np.tensordot(a, b, axes=(axesA, axesB))}:
 * the free axes of {@code a} then those of {@code b}. It is built from the structural operations
 * and {@link ChunkedArray#matmul}: each operand is transposed so that its contracted axes are
 * innermost (for {@code a}) or outermost (for {@code b}), reshaped to a matrix, multiplied, and the
 * product reshaped to the free axes. Internal: call {@code Chunkwise.tensordot}.
 */
public final class Tensordot {
    private Tensordot() {
    }

    /** {@code a} and {@code b} contracted over {@code axesA[i]} of {@code a} with {@code axesB[i]} of {@code b}. */
    public static ChunkedArray of(ChunkedArray a, ChunkedArray b, int[] axesA, int[] axesB) {
        if (axesA == null || axesB == null || axesA.length != axesB.length) {
            throw new IllegalArgumentException("tensordot pairs axes of a with axes of b, but got "
                    + Arrays.toString(axesA) + " and " + Arrays.toString(axesB) + "; give the same number of each");
        }
        int[] ca = normalize("a", axesA, a.ndim());
        int[] cb = normalize("b", axesB, b.ndim());
        long[] sa = a.shape();
        long[] sb = b.shape();
        long k = 1;
        for (int i = 0; i < ca.length; i++) {
            if (sa[ca[i]] != sb[cb[i]]) {
                throw new IllegalArgumentException("tensordot: axis " + axesA[i] + " of a (shape " + Arrays.toString(sa)
                        + ") has length " + sa[ca[i]] + " but axis " + axesB[i] + " of b (shape " + Arrays.toString(sb)
                        + ") has length " + sb[cb[i]] + "; contracted axes must have equal lengths");
            }
            k *= sa[ca[i]];
        }
        int[] freeA = free(ca, a.ndim());
        int[] freeB = free(cb, b.ndim());
        long m = 1;
        long n = 1;
        long[] outShape = new long[freeA.length + freeB.length];
        for (int i = 0; i < freeA.length; i++) {
            outShape[i] = sa[freeA[i]];
            m *= outShape[i];
        }
        for (int i = 0; i < freeB.length; i++) {
            outShape[freeA.length + i] = sb[freeB[i]];
            n *= outShape[freeA.length + i];
        }
        ChunkedArray left = a.transpose(concat(freeA, ca)).reshape(m, k);
        ChunkedArray right = b.transpose(concat(cb, freeB)).reshape(k, n);
        return left.matmul(right).reshape(outShape);
    }

    private static int[] normalize(String which, int[] axes, int nd) {
        int[] out = new int[axes.length];
        boolean[] seen = new boolean[nd];
        for (int i = 0; i < axes.length; i++) {
            int ax = axes[i] < 0 ? axes[i] + nd : axes[i];
            if (ax < 0 || ax >= nd) {
                throw new IllegalArgumentException("tensordot: axis " + axes[i] + " is out of range for " + which
                        + ", a " + nd + "-d array; expected -" + nd + " to " + (nd - 1));
            }
            if (seen[ax]) {
                throw new IllegalArgumentException("tensordot: axis " + axes[i] + " of " + which + " is given twice in "
                        + Arrays.toString(axes));
            }
            seen[ax] = true;
            out[i] = ax;
        }
        return out;
    }

    private static int[] free(int[] contracted, int nd) {
        boolean[] c = new boolean[nd];
        for (int ax : contracted) {
            c[ax] = true;
        }
        return java.util.stream.IntStream.range(0, nd).filter(ax -> !c[ax]).toArray();
    }

    private static int[] concat(int[] x, int[] y) {
        int[] out = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }
}
