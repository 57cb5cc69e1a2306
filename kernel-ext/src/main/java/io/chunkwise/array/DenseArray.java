package io.chunkwise.array;

import java.util.Arrays;

/**
 * An in-memory array: a shape and one primitive buffer in C order. This is what
 * {@link ChunkedArray#compute()} returns, with conversions back to plain Java.
 *
 * <p>The buffer's Java type is the dtype's storage type (see {@link Buffers}); unsigned values are
 * widened when read through {@link #getDouble} or {@link #getLong}. Instances are effectively
 * immutable: {@link #data()} exposes the buffer for fast hand-off and must not be modified.
 */
public final class DenseArray {
    private final long[] shape;
    private final DType dtype;
    private final Object data;

    private DenseArray(Object data, DType dtype, long[] shape) {
        long n = 1;
        for (long s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has a negative length");
            }
            n *= s;
        }
        Buffers.check(data, dtype, n, "DenseArray of shape " + Arrays.toString(shape));
        this.data = data;
        this.dtype = dtype;
        this.shape = shape.clone();
    }

    /** Wraps a buffer (not copied) of the dtype's storage type with the given shape. */
    public static DenseArray of(Object data, DType dtype, long... shape) {
        return new DenseArray(data, dtype, shape);
    }

    public static DenseArray of(double[] data, long... shape) {
        return new DenseArray(data, DType.FLOAT64, shape(data.length, shape));
    }

    public static DenseArray of(float[] data, long... shape) {
        return new DenseArray(data, DType.FLOAT32, shape(data.length, shape));
    }

    public static DenseArray of(long[] data, long... shape) {
        return new DenseArray(data, DType.INT64, shape(data.length, shape));
    }

    public static DenseArray of(int[] data, long... shape) {
        return new DenseArray(data, DType.INT32, shape(data.length, shape));
    }

    public static DenseArray of(short[] data, long... shape) {
        return new DenseArray(data, DType.INT16, shape(data.length, shape));
    }

    public static DenseArray of(byte[] data, long... shape) {
        return new DenseArray(data, DType.INT8, shape(data.length, shape));
    }

    /** A 0-d array holding one double. */
    public static DenseArray scalar(double v) {
        return new DenseArray(new double[] {v}, DType.FLOAT64, new long[0]);
    }

    private static long[] shape(int n, long[] shape) {
        return shape.length == 0 ? new long[] {n} : shape;
    }

    public long[] shape() {
        return shape.clone();
    }

    public DType dtype() {
        return dtype;
    }

    public int ndim() {
        return shape.length;
    }

    /** Number of elements. */
    public long size() {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        return n;
    }

    /** The backing buffer (not a copy; do not modify). */
    public Object data() {
        return data;
    }

    /** The single element of a one-element array, as a double. */
    public double item() {
        requireOne();
        return Buffers.getDouble(data, dtype, 0);
    }

    /** The single element of a one-element integer array, exactly. */
    public long itemLong() {
        requireOne();
        return Buffers.getLong(data, dtype, 0);
    }

    private void requireOne() {
        if (size() != 1) {
            throw new IllegalStateException("item() needs an array of exactly one element but this one has shape "
                    + Arrays.toString(shape) + "; index it with getDouble(...) instead");
        }
    }

    /** The element at a multi-index, as a double. */
    public double getDouble(long... index) {
        return Buffers.getDouble(data, dtype, offset(index));
    }

    /** The element at a multi-index, as a long (exact for integer types). */
    public long getLong(long... index) {
        return Buffers.getLong(data, dtype, offset(index));
    }

    private int offset(long[] index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("index " + Arrays.toString(index) + " has " + index.length
                    + " values for an array of shape " + Arrays.toString(shape));
        }
        long off = 0;
        for (int a = 0; a < shape.length; a++) {
            long i = index[a] < 0 ? index[a] + shape[a] : index[a];
            if (i < 0 || i >= shape[a]) {
                throw new IndexOutOfBoundsException("index " + index[a] + " is out of bounds for axis " + a
                        + " with size " + shape[a]);
            }
            off = off * shape[a] + i;
        }
        return (int) off;
    }

    /** All elements as doubles, in C order. */
    public double[] toDoubleArray() {
        if (dtype == DType.FLOAT64) {
            return ((double[]) data).clone();
        }
        int n = (int) size();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Buffers.getDouble(data, dtype, i);
        }
        return out;
    }

    /** All elements as longs, in C order (floats truncated toward zero). */
    public long[] toLongArray() {
        int n = (int) size();
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = Buffers.getLong(data, dtype, i);
        }
        return out;
    }

    /** All elements as floats, in C order. */
    public float[] toFloatArray() {
        int n = (int) size();
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = (float) Buffers.getDouble(data, dtype, i);
        }
        return out;
    }

    /** A 2-d array as {@code double[rows][cols]}. */
    public double[][] toDoubleMatrix() {
        require2d("toDoubleMatrix");
        int rows = (int) shape[0];
        int cols = (int) shape[1];
        double[][] out = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[r][c] = Buffers.getDouble(data, dtype, r * cols + c);
            }
        }
        return out;
    }

    /** A 2-d array as {@code float[rows][cols]}. */
    public float[][] toFloatMatrix() {
        require2d("toFloatMatrix");
        int rows = (int) shape[0];
        int cols = (int) shape[1];
        float[][] out = new float[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[r][c] = (float) Buffers.getDouble(data, dtype, r * cols + c);
            }
        }
        return out;
    }

    private void require2d(String what) {
        if (shape.length != 2) {
            throw new IllegalStateException(what + "() needs a 2-d array but this one has shape "
                    + Arrays.toString(shape));
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("DenseArray(shape=").append(Arrays.toString(shape))
                .append(", dtype=").append(dtype);
        int n = (int) Math.min(size(), 6);
        sb.append(", values=[");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ", ");
            sb.append(dtype.isFloat() ? String.valueOf(Buffers.getDouble(data, dtype, i))
                    : dtype == DType.UINT64 ? Long.toUnsignedString(Buffers.getLong(data, dtype, i))
                    : String.valueOf(Buffers.getLong(data, dtype, i)));
        }
        return sb.append(size() > n ? ", ...])" : "])").toString();
    }
}
