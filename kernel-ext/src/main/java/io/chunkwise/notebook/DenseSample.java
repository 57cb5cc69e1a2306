package io.chunkwise.notebook;

import io.chunkwise.array.Buffers;
import io.chunkwise.array.DenseArray;

/**
 * Strided samples of the 2-d plane of an in-memory array (the array with its length-1 axes ignored),
 * so that a quicklook of a huge result touches about {@code maxSide}² values instead of all of them.
 */
final class DenseSample {
    private DenseSample() {
    }

    /** Whether the shape has exactly two axes longer than one. */
    static boolean isPlane(long[] shape) {
        int n = 0;
        for (long s : shape) {
            if (s > 1) {
                n++;
            } else if (s == 0) {
                return false;
            }
        }
        return n == 2;
    }

    /** The sampling step that brings {@code length} down to at most {@code maxSide}. */
    static long stride(long length, int maxSide) {
        return Math.max(1, (length + maxSide - 1) / maxSide);
    }

    /** The first sampled index for {@code stride}: the middle of the first block. */
    static long offset(long stride) {
        return (stride - 1) / 2;
    }

    /** How many samples {@code stride} takes from an axis of {@code length}. */
    static long count(long length, long stride) {
        return length == 0 ? 0 : (length - 1 - Math.min(length - 1, offset(stride))) / stride + 1;
    }

    /**
     * Every {@code s}-th value of the plane in both directions, starting in the middle of the first block,
     * with {@code s} chosen so the longer side has at most {@code maxSide} samples; a FLOAT64 array of
     * shape {@code (rows, cols)}.
     *
     * @throws IllegalArgumentException when the array is not a plane ({@link #isPlane})
     */
    static DenseArray strided(DenseArray a, int maxSide) {
        long[] shape = a.shape();
        if (!isPlane(shape)) {
            throw new IllegalArgumentException("a strided sample needs a 2-d array (length-1 axes ignored) but got"
                    + " shape " + java.util.Arrays.toString(shape));
        }
        int ra = -1;
        int ca = -1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] > 1) {
                if (ra < 0) {
                    ra = i;
                } else {
                    ca = i;
                }
            }
        }
        long h = shape[ra];
        long w = shape[ca];
        long s = stride(Math.max(h, w), maxSide);
        long[] strides = Buffers.strides(shape);
        int rows = (int) count(h, s);
        int cols = (int) count(w, s);
        double[] out = new double[rows * cols];
        long off = offset(s);
        for (int r = 0; r < rows; r++) {
            long base = (off + r * s) * strides[ra];
            for (int c = 0; c < cols; c++) {
                out[r * cols + c] = Buffers.getDouble(a.data(), a.dtype(), (int) (base + (off + c * s) * strides[ca]));
            }
        }
        return DenseArray.of(out, rows, cols);
    }
}
