package io.chunkwise.array;

/**
 * Helpers for the primitive storage buffers that hold chunk data: one Java array per chunk, whose
 * element type is the dtype's storage type (see {@link io.chunkwise.io.ChunkSource}).
 */
public final class Buffers {
    private Buffers() {
    }

    /** A new zeroed buffer of {@code n} elements of {@code dtype}'s storage type. */
    public static Object allocate(DType dtype, int n) {
        return switch (dtype) {
            case FLOAT64 -> new double[n];
            case FLOAT32 -> new float[n];
            case INT64, UINT64 -> new long[n];
            case INT32, UINT32 -> new int[n];
            case INT16, UINT16 -> new short[n];
            case INT8, UINT8, BOOL -> new byte[n];
        };
    }

    /** The Java array class that stores {@code dtype}. */
    public static Class<?> storageClass(DType dtype) {
        return allocate(dtype, 0).getClass();
    }

    /** Number of elements in a storage buffer. */
    public static int length(Object buf) {
        return java.lang.reflect.Array.getLength(buf);
    }

    /** Checks that {@code buf} is the storage type of {@code dtype} with {@code n} elements. */
    public static void check(Object buf, DType dtype, long n, String what) {
        if (buf == null || buf.getClass() != storageClass(dtype)) {
            throw new IllegalArgumentException(what + ": expected a " + storageClass(dtype).getSimpleName()
                    + " buffer for dtype " + dtype + " but got "
                    + (buf == null ? "null" : buf.getClass().getSimpleName()));
        }
        if (length(buf) != n) {
            throw new IllegalArgumentException(what + ": expected " + n + " elements but the buffer holds "
                    + length(buf));
        }
    }

    /** Element {@code i} as a double (unsigned types widened, UINT64 above 2^63 made positive). */
    public static double getDouble(Object buf, DType dtype, int i) {
        return switch (dtype) {
            case FLOAT64 -> ((double[]) buf)[i];
            case FLOAT32 -> ((float[]) buf)[i];
            case INT64 -> ((long[]) buf)[i];
            case UINT64 -> unsignedToDouble(((long[]) buf)[i]);
            case INT32 -> ((int[]) buf)[i];
            case UINT32 -> ((int[]) buf)[i] & 0xFFFF_FFFFL;
            case INT16 -> ((short[]) buf)[i];
            case UINT16 -> ((short[]) buf)[i] & 0xFFFF;
            case INT8 -> ((byte[]) buf)[i];
            case UINT8, BOOL -> ((byte[]) buf)[i] & 0xFF;
        };
    }

    /** Element {@code i} as a long (floats truncated toward zero, as a C cast). */
    public static long getLong(Object buf, DType dtype, int i) {
        return switch (dtype) {
            case FLOAT64 -> (long) ((double[]) buf)[i];
            case FLOAT32 -> (long) ((float[]) buf)[i];
            case INT64, UINT64 -> ((long[]) buf)[i];
            case INT32 -> ((int[]) buf)[i];
            case UINT32 -> ((int[]) buf)[i] & 0xFFFF_FFFFL;
            case INT16 -> ((short[]) buf)[i];
            case UINT16 -> ((short[]) buf)[i] & 0xFFFF;
            case INT8 -> ((byte[]) buf)[i];
            case UINT8, BOOL -> ((byte[]) buf)[i] & 0xFF;
        };
    }

    /** Stores a double into element {@code i}, cast to the dtype as NumPy's {@code astype} does. */
    public static void setDouble(Object buf, DType dtype, int i, double v) {
        switch (dtype) {
            case FLOAT64 -> ((double[]) buf)[i] = v;
            case FLOAT32 -> ((float[]) buf)[i] = (float) v;
            default -> setLong(buf, dtype, i, dtype == DType.BOOL ? (v != 0 ? 1 : 0) : doubleToLong(v));
        }
    }

    /** Stores a long into element {@code i}, wrapped to the dtype's width. */
    public static void setLong(Object buf, DType dtype, int i, long v) {
        switch (dtype) {
            case FLOAT64 -> ((double[]) buf)[i] = v;
            case FLOAT32 -> ((float[]) buf)[i] = v;
            case INT64, UINT64 -> ((long[]) buf)[i] = v;
            case INT32, UINT32 -> ((int[]) buf)[i] = (int) v;
            case INT16, UINT16 -> ((short[]) buf)[i] = (short) v;
            case INT8, UINT8 -> ((byte[]) buf)[i] = (byte) v;
            case BOOL -> ((byte[]) buf)[i] = (byte) (v != 0 ? 1 : 0);
        }
    }

    /** A double to an integer register the way a C cast does on x86 (NaN and overflow give Long.MIN_VALUE). */
    public static long doubleToLong(double v) {
        if (Double.isNaN(v) || v >= 9.223372036854775807E18 || v < -9.223372036854775808E18) {
            if (v >= 9.223372036854775807E18 && v < 1.8446744073709551616E19) {
                return (long) (v - 9.223372036854775808E18) + Long.MIN_VALUE; // uint64 range
            }
            return Long.MIN_VALUE;
        }
        return (long) v;
    }

    /** An unsigned 64-bit value as a double. */
    public static double unsignedToDouble(long v) {
        double d = (double) (v >>> 1) * 2.0;
        return v >= 0 ? v : d + (v & 1);
    }

    /**
     * Copies a C-order box between two buffers of the same storage type: {@code size} elements per
     * axis from {@code src} (whose full shape is {@code srcShape}, box starting at {@code srcStart})
     * into {@code dst} (full shape {@code dstShape}, box starting at {@code dstStart}).
     */
    public static void copyBox(Object src, long[] srcShape, long[] srcStart,
                               Object dst, long[] dstShape, long[] dstStart, int[] size) {
        int n = size.length;
        for (int s : size) {
            if (s == 0) {
                return;
            }
        }
        if (n == 0) {
            System.arraycopy(src, 0, dst, 0, 1);
            return;
        }
        long[] srcStride = strides(srcShape);
        long[] dstStride = strides(dstShape);
        int[] idx = new int[n];
        int row = size[n - 1];
        while (true) {
            long so = 0;
            long d = 0;
            for (int a = 0; a < n; a++) {
                so += (srcStart[a] + idx[a]) * srcStride[a];
                d += (dstStart[a] + idx[a]) * dstStride[a];
            }
            System.arraycopy(src, (int) so, dst, (int) d, row);
            int a = n - 2;
            while (a >= 0) {
                if (++idx[a] < size[a]) {
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

    /** C-order strides (in elements) of a shape. */
    public static long[] strides(long[] shape) {
        long[] s = new long[shape.length];
        long acc = 1;
        for (int a = shape.length - 1; a >= 0; a--) {
            s[a] = acc;
            acc *= shape[a];
        }
        return s;
    }
}
